import { getListTable } from "@/lib/format/cells";
import type { StatRow } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";

/** stat-2014: the ordered list of (统计指标, 单位, 统计数) rows, as filed; its labels are the format's. */
export function StatListTable({ format, rows }: { format: FormatDef; rows: readonly StatRow[] }) {
  const table = getListTable(format);
  if (!table) return null;
  const caption = format.sections.find((section) => section.tableId === "STAT")?.heading ?? table.id;
  return (
    <div className="statutory-table-frame overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="statutory-table statutory-table--document">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.label}</th>
              <td>{row.unit}</td>
              <td>{row.value === null ? <span className="sr-only">空</span> : row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
