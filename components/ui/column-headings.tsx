import type { ReactNode } from "react";

/**
 * The header row of a plain data table: one column header per label, each
 * announced by screen readers for the cells below it (scope="col").
 */
export function ColumnHeadings({ labels }: { labels: readonly ReactNode[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300">
        {labels.map((label, i) => (
          <th key={i} scope="col" className="p-2">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
