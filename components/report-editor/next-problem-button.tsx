"use client";

/**
 * 跳到下一个问题: focuses the next field (after the one in focus, in page
 * order) that a finding names, and starts again from the top after the last.
 */
export function NextProblemButton({ targets }: { targets: readonly string[] }) {
  const go = () => {
    const fields = [...new Set(targets)]
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const current = document.activeElement;
    const next =
      fields.find(
        (el) =>
          current && current !== el && current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
      ) ?? fields[0];
    if (!next) return;
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
