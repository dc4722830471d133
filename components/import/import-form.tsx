"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { previewImportAction } from "@/app/(staff)/admin/import/actions";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/import-limits";
import { ImportPreview } from "./import-preview";

/** Paste a report or pick a file, choose the filing unit, preview; saving happens from the preview. */
export function ImportForm({ filingUnits }: { filingUnits: { value: string; label: string }[] }) {
  const [state, action, pending] = useActionState(previewImportAction, null);
  const [text, setText] = useState("");
  const [filingUnitId, setFilingUnitId] = useState("");
  const [tooLarge, setTooLarge] = useState(false);
  // Submitted by hand: a form action would reset the form (and the chosen file) after every preview.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    // A larger file would be cut off by the server's body limit with no useful message.
    setTooLarge(file instanceof File && file.size > MAX_IMPORT_BYTES);
    if (file instanceof File && file.size > MAX_IMPORT_BYTES) return;
    startTransition(() => action(form));
  };
  return (
    <>
      <form onSubmit={submit} className="space-y-4 rounded border border-slate-200 bg-white p-5">
        <div>
          <label htmlFor="import-filing-unit" className="block font-medium">
            导入到填报单位
          </label>
          <select
            id="import-filing-unit"
            name="filingUnitId"
            value={filingUnitId}
            onChange={(e) => setFilingUnitId(e.target.value)}
            className="mt-1 block w-full max-w-sm rounded border border-slate-500 px-3 py-2"
          >
            <option value="">请选择</option>
            {filingUnits.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="import-text" className="block font-medium">
            粘贴报告全文
          </label>
          <p id="import-text-hint" className="text-sm text-slate-600">
            从网页复制整篇报告（含表格）粘贴到这里；网页的导航、页脚等会被自动去掉。
          </p>
          <textarea
            id="import-text"
            name="text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="import-text-hint"
            className="mt-1 block w-full rounded border border-slate-500 px-3 py-2 font-mono text-sm"
          />
        </div>
        <div>
          <label htmlFor="import-file" className="block font-medium">
            或选择文件
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            支持 .txt、.html（保存的网页）、.docx（Word）和文字版 .pdf 文件；选择了文件时以文件为准。
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".txt,.htm,.html,.docx,.pdf,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
            aria-describedby="import-file-hint"
            className="mt-1 block"
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700 disabled:opacity-60"
        >
          {pending ? "正在读取…" : "读取并预览"}
        </button>
        <div role="status" aria-live="polite">
          {tooLarge ? (
            <p className="font-medium text-seal-700">{TOO_LARGE_MESSAGE}</p>
          ) : state && !state.ok ? (
            <p className="font-medium text-seal-700">{state.message}</p>
          ) : null}
        </div>
      </form>
      {state?.ok && !tooLarge ? <ImportPreview preview={state.data} /> : null}
    </>
  );
}
