import { dateCandidateProblem, DATE_SOURCE_LABELS } from "@/lib/import/publication-date";
import type { ImportPreview } from "@/lib/import/import-action-state";

/** The publication date the import found, where it came from, and the other dates it weighed. */
export function PreviewDate({ preview }: { preview: ImportPreview }) {
  const { publishedOn, publishedOnSource, dateCandidates, year } = preview;
  const chosen = dateCandidates.find((c) => c.date === publishedOn && c.source === publishedOnSource);
  const others = dateCandidates.filter((c) => c !== chosen);
  return (
    <div data-testid="preview-date">
      {publishedOn && publishedOnSource ? (
        <p>
          {publishedOn}
          <span className="ml-2 text-sm text-slate-700">
            来源：{DATE_SOURCE_LABELS[publishedOnSource]}
            {chosen ? <>（原文“{chosen.raw}”）</> : null}
          </span>
        </p>
      ) : (
        <p>原文未写明公开日期</p>
      )}
      {others.length > 0 ? (
        <ul className="mt-1 text-sm text-slate-700">
          {others.map((c, i) => {
            const problem = dateCandidateProblem(c, year);
            return (
              <li key={i}>
                另见{DATE_SOURCE_LABELS[c.source]} {c.date}（原文“{c.raw}”）
                {problem
                  ? `：${problem}`
                  : c.date === publishedOn
                    ? "：与采用的日期相同"
                    : "：优先级较低，未采用"}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
