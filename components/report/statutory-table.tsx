import type { ReactNode } from "react";
import type { LayoutCell, TableLayout, ValueCellLayout } from "@/lib/format/table-layout";

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
  className = "",
}: {
  layout: TableLayout;
  caption: string;
  /** Prefix for header ids when a page shows the same table twice. */
  idPrefix?: string;
  renderValue: (cell: ValueCellLayout) => ReactNode;
  className?: string;
}) {
  const cell = (c: LayoutCell, i: number) => {
    if (c.type === "value") {
      return (
        <td
          key={c.cell.id}
          colSpan={c.colspan > 1 ? c.colspan : undefined}
          headers={c.headers.map((h) => idPrefix + h).join(" ")}
          className="border border-slate-400 p-0 text-center align-middle"
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
          className="border border-slate-400 p-2 text-left text-sm text-slate-700"
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
        className={`border border-slate-400 bg-slate-100 p-2 text-sm font-medium ${
          isRow ? "statutory-row-header text-left" : "text-center"
        }`}
      >
        {c.label}
      </th>
    );
  };
  return (
    <div className="statutory-table-frame overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className={`statutory-table w-full border-collapse bg-white ${className}`}>
        <caption className="sr-only">{caption}</caption>
        {layout.head.length > 0 ? (
          <thead>
            {layout.head.map((row) => (
              <tr key={row.key}>{row.cells.map(cell)}</tr>
            ))}
          </thead>
        ) : null}
        {layout.bodies.map((body, b) => (
          <tbody key={b}>
            {body.map((row) => (
              <tr key={row.key}>{row.cells.map(cell)}</tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
