"use client";
import { useEffect, useRef } from "react";
import type { Conflict } from "./use-autosave";

/** Shows what differs between the clerk's edits and the version saved elsewhere; the clerk decides. */
export function ConflictDialog({
  conflict,
  onResolve,
}: {
  conflict: Conflict;
  onResolve: (choice: "mine" | "theirs") => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const differences = conflict.conflicts;
  return (
    <dialog ref={ref} aria-labelledby="conflict-title" className="m-auto max-h-[90vh] w-[min(56rem,95vw)] rounded border-4 border-seal-700 p-5 backdrop:bg-black/40">
      <h2 id="conflict-title" className="text-xl font-semibold text-seal-700">
        报告已在其他地方被修改
      </h2>
      <p className="mt-2">{conflict.message}。下列内容在两处被改成了不同的值（其余修改已自动合并），请选择保留哪一份：</p>
      <div className="mt-3 max-h-[50vh] overflow-auto">
        {differences.length === 0 ? (
          <p>两份内容相同。</p>
        ) : (
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">差异</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-slate-300 p-2">项目</th>
                <th scope="col" className="border border-slate-300 p-2">我的修改</th>
                <th scope="col" className="border border-slate-300 p-2">已保存的版本</th>
              </tr>
            </thead>
            <tbody>
              {differences.map((d) => (
                <tr key={d.target}>
                  <th scope="row" className="border border-slate-300 p-2 font-normal">{d.label}</th>
                  <td className="max-w-xs whitespace-pre-wrap border border-slate-300 p-2">{d.a.length > 300 ? `${d.a.slice(0, 300)}…` : d.a}</td>
                  <td className="max-w-xs whitespace-pre-wrap border border-slate-300 p-2">{d.b.length > 300 ? `${d.b.slice(0, 300)}…` : d.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={() => { ref.current?.close(); onResolve("mine"); }} className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700">
          保留我的修改
        </button>
        <button type="button" onClick={() => { ref.current?.close(); onResolve("theirs"); }} className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100">
          采用另一处保存的内容
        </button>
      </div>
    </dialog>
  );
}
