import type { ReactNode } from "react";
import type {
  HeaderCellLayout,
  LayoutCell,
  LayoutRow,
  TableLayout,
  ValueCellLayout,
} from "@/lib/format/table-layout";
import { cellStartColumns, labelColumnCount } from "./label-columns";

/**
 * One table of the statutory form, laid out from the format definition
 * (header spans, row groups, `headers` associations). What goes in a value
 * cell is the caller's: an input in the editor, a number on the public page.
 */
export function StatutoryTable({
  layout,
  caption,
  idPrefix = "",
  renderValue,
  renderRowLabel,
  className = "",
  stickyLabels = false,
  variant = "form",
}: {
  layout: TableLayout;
  caption: string;
  /** Prefix for header ids when a page shows the same table twice. */
  idPrefix?: string;
  renderValue: (cell: ValueCellLayout) => ReactNode;
  /** Content of a row's own label (`scope="row"`), e.g. to comment on the row; the label by default. */
  renderRowLabel?: (header: HeaderCellLayout, row: LayoutRow) => ReactNode;
  className?: string;
  /**
   * Marks the cells of the row-label columns (`data-label-col`) so that, on a
   * narrow screen, they stay in view while the numbers scroll (globals.css).
   */
  stickyLabels?: boolean;
  /**
   * "form": cells styled inline (the editor). "document": bare cells styled
   * by `.statutory-table--document` in globals.css; the public page renders
   * 200 cells per request, and per-cell class lists were half its HTML.
   */
  variant?: "form" | "document";
}) {
  const form = variant === "form";
  const labelColumns = stickyLabels ? labelColumnCount(layout) : 0;
  const starts = stickyLabels ? cellStartColumns(layout) : null;
  // A cell spanning the whole width (a T2 block title) scrolls with the table.
  const labelColumnOf = (row: LayoutRow, index: number, c: LayoutCell): number | undefined => {
    const start = starts?.get(row)?.[index];
    return start !== undefined && start < labelColumns && c.colspan < layout.columnCount ? start : undefined;
  };

  const cell = (row: LayoutRow, c: LayoutCell, i: number) => {
    if (c.type === "value") {
      return (
        <td
          key={c.cell.id}
          colSpan={c.colspan > 1 ? c.colspan : undefined}
          headers={c.headers.map((h) => idPrefix + h).join(" ")}
          className={form ? "border border-slate-400 p-0 text-center align-middle" : undefined}
        >
          {renderValue(c)}
        </td>
      );
    }
    if (c.type === "corner") {
      return (
        <td
          key={`corner-${i}`}
          rowSpan={c.rowspan}
          colSpan={c.colspan}
          data-label-col={labelColumnOf(row, i, c)}
          className={form ? "border border-slate-400 p-2 text-left text-sm text-slate-700" : "corner"}
        >
          {c.label}
        </td>
      );
    }
    const isRow = c.scope === "row" || c.scope === "rowgroup";
    return (
      <th
        key={c.id}
        id={idPrefix + c.id}
        scope={c.scope}
        rowSpan={c.rowspan > 1 ? c.rowspan : undefined}
        colSpan={c.colspan > 1 ? c.colspan : undefined}
        data-label-col={labelColumnOf(row, i, c)}
        className={
          form
            ? `border border-slate-400 bg-slate-100 p-2 text-sm font-medium ${
                isRow ? "statutory-row-header text-left" : "text-center"
              }`
            : undefined
        }
      >
        {renderRowLabel && c.scope === "row" ? renderRowLabel(c, row) : c.label}
      </th>
    );
  };
  const sticky = stickyLabels ? ` statutory-table--sticky statutory-table--${layout.tableId}` : "";
  const look = form ? " w-full border-collapse bg-white" : " statutory-table--document";
  return (
    <div className="statutory-table-frame overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className={`statutory-table${look}${sticky} ${className}`}>
        <caption className="sr-only">{caption}</caption>
        {layout.head.length > 0 ? (
          <thead>
            {layout.head.map((row) => (
              <tr key={row.key}>{row.cells.map((c, i) => cell(row, c, i))}</tr>
            ))}
          </thead>
        ) : null}
        {layout.bodies.map((body, b) => (
          <tbody key={b}>
            {body.map((row) => (
              <tr key={row.key}>{row.cells.map((c, i) => cell(row, c, i))}</tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
