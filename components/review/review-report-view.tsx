import { StatutoryTable } from "@/components/report/statutory-table";
import type { Finding } from "@/lib/checks/types";
import type { CommentThread } from "@/lib/comments/list-comments";
import { readNumber } from "@/lib/format/cell-access";
import { formatCells } from "@/lib/format/cells";
import type { GovReportData } from "@/lib/format/report-data";
import { tableLayout } from "@/lib/format/table-layout";
import type { FormatDef } from "@/lib/format/types";

function shown(v: number | null): string {
  return v === null ? "（空）" : String(v);
}

/**
 * The report as the reviewer reads it: the official layout, each number with
 * last year's value beneath it, cells with findings marked, and a link to any
 * comment thread anchored on a cell or section.
 */
export function ReviewReportView({
  format,
  data,
  findings,
  threads,
  lastYear,
}: {
  format: FormatDef;
  data: GovReportData;
  findings: readonly Finding[];
  threads: readonly CommentThread[];
  lastYear: { format: FormatDef; data: GovReportData; year: number } | null;
}) {
  const flagged = new Map<string, "error" | "warning">();
  for (const f of findings) {
    if (f.id === "V-01" || f.severity === "notice") continue;
    for (const c of f.cells)
      if (flagged.get(c) !== "error") flagged.set(c, f.severity === "error" ? "error" : "warning");
  }
  const threadsAt = new Map<string, CommentThread[]>();
  for (const t of threads) if (t.target) threadsAt.set(t.target, [...(threadsAt.get(t.target) ?? []), t]);
  const lastCells = lastYear ? formatCells(lastYear.format).byId : null;

  const badge = (target: string) => {
    const list = threadsAt.get(target);
    if (!list?.length) return null;
    const open = list.filter((t) => t.status === "open").length;
    return (
      <a
        href={`#thread-${list[0]!.id}`}
        className="ml-1 rounded bg-amber-200 px-1 text-xs text-amber-950 underline"
        aria-label={`${list.length}条批注，${open}条待处理`}
      >
        批注{list.length}
      </a>
    );
  };

  return (
    <div className="space-y-8">
      {format.sections.map((section) => {
        const layout =
          section.kind === "table" && section.tableId && section.tableId !== "STAT"
            ? tableLayout(format, section.tableId)
            : null;
        return (
          <section key={section.id} id={`section-${section.id}`} aria-labelledby={`heading-${section.id}`}>
            <h2 id={`heading-${section.id}`} className="mb-2 text-lg font-semibold">
              {section.heading}
              {badge(section.id)}
            </h2>
            {layout ? (
              <StatutoryTable
                layout={layout}
                caption={section.heading}
                renderValue={({ cell }) => {
                  const value = readNumber(data, cell);
                  const last =
                    lastYear && lastCells?.get(cell.id)
                      ? readNumber(lastYear.data, lastCells.get(cell.id)!)
                      : undefined;
                  const flag = flagged.get(cell.id);
                  return (
                    <span
                      id={`review-${cell.id}`}
                      className={`block px-1 py-1 tabular-nums ${flag === "error" ? "bg-red-100 font-semibold text-seal-700" : flag === "warning" ? "bg-amber-100" : ""}`}
                    >
                      {shown(value)}
                      {last !== undefined ? (
                        <span className="block text-xs text-slate-600">上年 {shown(last)}</span>
                      ) : null}
                      {badge(cell.id)}
                    </span>
                  );
                }}
              />
            ) : (
              <div className={lastYear ? "grid gap-4 lg:grid-cols-2" : ""}>
                <div className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3 leading-relaxed">
                  {(data.narratives as unknown as Record<string, string>)[section.id] || "（未填写）"}
                </div>
                {lastYear ? (
                  <div>
                    <h3 className="mb-1 text-sm font-semibold text-slate-600">{lastYear.year}年（对照）</h3>
                    <div className="max-h-96 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed text-slate-700">
                      {(lastYear.data.narratives as unknown as Record<string, string>)[section.id] ||
                        "（未填写）"}
                    </div>
                  </div>
                ) : null}
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
