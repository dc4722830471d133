/**
 * The years a reader can filter by: those with at least one published report,
 * newest first, and the year asked for (so a bookmarked filter still reads
 * back in the form even when that year has nothing yet).
 */
export function reportYears(reports: readonly { year: number }[], asked?: number): number[] {
  const years = new Set(reports.map((r) => r.year));
  if (asked !== undefined) years.add(asked);
  return [...years].sort((a, b) => b - a);
}
