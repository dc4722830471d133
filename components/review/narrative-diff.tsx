import { diffNarrative } from "@/lib/review/diff-narrative";

/** A narrative as submitted now, with the words deleted and inserted since the previous submission marked. */
export function NarrativeDiff({ before, after }: { before: string; after: string }) {
  return (
    <>
      <span className="mb-2 block text-xs text-slate-700">
        与上次提交相比：<ins className="diff-ins">新增的文字</ins> ·{" "}
        <del className="diff-del">删除的文字</del>
      </span>
      <span data-narrative-diff>
        {diffNarrative(before, after).map((part, i) =>
          part.change === "added" ? (
            <ins key={i} className="diff-ins">
              <span className="sr-only">［新增：</span>
              {part.text}
              <span className="sr-only">］</span>
            </ins>
          ) : part.change === "removed" ? (
            <del key={i} className="diff-del">
              <span className="sr-only">［删除：</span>
              {part.text}
              <span className="sr-only">］</span>
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </span>
    </>
  );
}
