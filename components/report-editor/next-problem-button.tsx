"use client";
import { useRef } from "react";

/**
 * 跳到下一个问题: focuses the next field (in page order) that a finding names,
 * after the one it last went to, and starts again from the top after the last.
 */
export function NextProblemButton({ targets }: { targets: readonly string[] }) {
  // Pressing the button moves focus to it: where the walk stands is remembered here.
  const last = useRef<HTMLElement | null>(null);
  const go = () => {
    const fields = [...new Set(targets)]
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const current = last.current?.isConnected ? last.current : null;
    const next =
      fields.find(
        (el) =>
          current && current !== el && current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
      ) ?? fields[0];
    if (!next) return;
    last.current = next;
    next.focus();
    next.scrollIntoView({ block: "center" });
  };
  if (targets.length === 0) return null;
  return (
    <button
      type="button"
      onClick={go}
      className="mb-4 rounded border border-seal-700 bg-white px-4 py-1.5 text-sm font-medium text-seal-700 hover:bg-red-50"
    >
      跳到下一个问题
    </button>
  );
}
