import { StatListTable } from "@/components/report/stat-list-table";
import { StatutoryTable } from "@/components/report/statutory-table";
import { getFormat } from "@/lib/format";
import { tableLayout, type ValueCellLayout } from "@/lib/format/cells";
import { readCell } from "@/lib/format/cell-access";
import { isGovData, type GovReportData, type ReportData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";

const TABLE_IDS = ["T2", "T3", "T4"] as const;

function CellValueText({
  data,
  cell,
  flagged,
}: {
  data: GovReportData;
  cell: ValueCellLayout;
  flagged: boolean;
}) {
  const value = readCell(data, cell.cell);
  const text = data.cellText?.[cell.cell.id] ?? (typeof value === "number" ? String(value) : null);
  return (
    <span
      id={cell.cell.id}
      tabIndex={-1}
      className={`block min-w-10 px-2 py-1 ${flagged ? "bg-amber-100 font-semibold text-amber-900" : ""}`}
    >
      {text ?? <span className="text-seal-700">（空）</span>}
    </span>
  );
}

/** The parsed tables in the official layout; blank and doubtful cells stand out. */
export function PreviewTables({
  formatId,
  data,
  flaggedCells,
}: {
  formatId: FormatId;
  data: ReportData;
  flaggedCells: ReadonlySet<string>;
}) {
  const format = getFormat(formatId);
  if (!isGovData(data)) return <StatListTable format={format} rows={data.tables.STAT} />;
  return (
    <div className="space-y-6">
      {TABLE_IDS.map((tableId) => {
        const layout = tableLayout(format, tableId);
        const heading = format.sections.find((section) => section.tableId === tableId)?.heading ?? tableId;
        if (!layout) return null;
        return (
          <section key={tableId} aria-label={heading}>
            <h4 className="mb-2 font-semibold">{heading}</h4>
            <StatutoryTable
              layout={layout}
              caption={heading}
              idPrefix="preview-"
              renderValue={(cell) => (
                <CellValueText data={data} cell={cell} flagged={flaggedCells.has(cell.cell.id)} />
              )}
            />
          </section>
        );
      })}
    </div>
  );
}
