/** Marks a report that was imported from an earlier publication, with where it came from. */
export function ImportedBadge({ sourceNote }: { sourceNote: string | null }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <strong className="inline-block rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-800">
        历史导入
      </strong>
      {sourceNote ? <span className="text-sm text-slate-600">来源：{sourceNote}</span> : null}
    </span>
  );
}
