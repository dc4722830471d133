import { CommentAnchor } from "@/components/comments/comment-anchor";
import { StatutoryTable } from "@/components/report/statutory-table";
import type { Finding } from "@/lib/checks/types";
import { rowTargetId, rowTargets } from "@/lib/comments/comment-targets";
import type { DataDifference } from "@/lib/editor/diff-report-data";
import { readNumber } from "@/lib/format/cell-access";
import { formatCells } from "@/lib/format/cells";
import type { GovReportData } from "@/lib/format/report-data";
import { tableLayout } from "@/lib/format/table-layout";
import type { FormatDef } from "@/lib/format/types";
import { NarrativeDiff } from "./narrative-diff";

function shown(v: number | null): string {
  return v === null ? "（空）" : String(v);
}

const narrativeOf = (data: GovReportData, id: string) =>
  (data.narratives as unknown as Record<string, string>)[id] ?? "";

/**
 * The report as the reviewer reads it: the official layout, each number with
 * last year's value beneath it, cells with findings marked, cells changed
 * since the previous submission outlined with their old value, narratives as
 * a word diff. Every cell, row label and section heading opens its comment
 * thread beside it.
 */
export function ReviewReportView({
  format,
  data,
  findings,
  lastYear,
  changes,
}: {
  format: FormatDef;
  data: GovReportData;
  findings: readonly Finding[];
  lastYear: { format: FormatDef; data: GovReportData; year: number } | null;
  /** Differences from the previous submission; null when there is none to compare with. */
  changes: readonly DataDifference[] | null;
}) {
  const flagged = new Map<string, "error" | "warning">();
  for (const f of findings) {
    if (f.id === "V-01" || f.severity === "notice") continue;
    for (const c of f.cells)
      if (flagged.get(c) !== "error") flagged.set(c, f.severity === "error" ? "error" : "warning");
  }
  const before = new Map((changes ?? []).map((c) => [c.target, c.a]));
  const lastCells = lastYear ? formatCells(lastYear.format).byId : null;
  const rows = rowTargets(format);

  return (
    <div className="space-y-8">
      {format.sections.map((section) => {
        const tableId = section.kind === "table" && section.tableId !== "STAT" ? section.tableId : undefined;
        const layout = tableId ? tableLayout(format, tableId) : null;
        return (
          <section key={section.id} id={`section-${section.id}`} aria-labelledby={`heading-${section.id}`}>
            <h2 id={`heading-${section.id}`} className="mb-2 text-lg font-semibold">
              <CommentAnchor target={section.id} label={section.heading} className="text-left">
                {section.heading}
              </CommentAnchor>
            </h2>
            {layout && tableId ? (
              <StatutoryTable
                layout={layout}
                caption={section.heading}
                className="review-table"
                renderRowLabel={(header, row) => {
                  const id = rowTargetId(tableId, row.key);
                  return rows.has(id) ? (
                    <CommentAnchor target={id} label={rows.get(id)!.label} className="text-left">
                      {header.label}
                    </CommentAnchor>
                  ) : (
                    header.label
                  );
                }}
                renderValue={({ cell }) => {
                  const value = readNumber(data, cell);
                  const lastCell = lastCells?.get(cell.id);
                  const last = lastYear && lastCell ? readNumber(lastYear.data, lastCell) : undefined;
                  const flag = flagged.get(cell.id);
                  const old = before.get(cell.id);
                  return (
                    <CommentAnchor
                      target={cell.id}
                      label={cell.label}
                      className={`block w-full px-1 py-1 tabular-nums ${flag === "error" ? "bg-red-100 font-semibold text-seal-700" : flag === "warning" ? "bg-amber-100" : ""} ${old !== undefined ? "ring-2 ring-inset ring-sky-700" : ""}`}
                    >
                      <span id={`review-${cell.id}`} data-changed={old !== undefined ? "" : undefined}>
                        {shown(value)}
                      </span>
                      {old !== undefined ? (
                        <span className="block text-xs font-normal text-sky-900">
                          原<del>{old}</del>
                        </span>
                      ) : null}
                      {last !== undefined ? (
                        <span className="block text-xs font-normal text-slate-600">上年 {shown(last)}</span>
                      ) : null}
                    </CommentAnchor>
                  );
                }}
              />
            ) : (
              <div className={lastYear ? "grid gap-4 lg:grid-cols-2" : ""}>
                <div className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3 leading-relaxed">
                  {before.has(section.id) ? (
                    <NarrativeDiff before={before.get(section.id)!} after={narrativeOf(data, section.id)} />
                  ) : (
                    narrativeOf(data, section.id) || "（未填写）"
                  )}
                </div>
                {lastYear ? (
                  <div>
                    <h3 className="mb-1 text-sm font-semibold text-slate-600">{lastYear.year}年（对照）</h3>
                    <div className="max-h-96 overflow-auto whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed text-slate-700">
                      {narrativeOf(lastYear.data, section.id) || "（未填写）"}
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
