/**
 * Sorted positions grouped where neighbours are within `tolerance`; each
 * group is represented by its mean. Used for ruling positions and baselines.
 */
export function clusterPositions(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const value of sorted) {
    const last = group[group.length - 1];
    if (last !== undefined && value - last > tolerance) {
      out.push(group.reduce((sum, v) => sum + v, 0) / group.length);
      group = [];
    }
    group.push(value);
  }
  if (group.length > 0) out.push(group.reduce((sum, v) => sum + v, 0) / group.length);
  return out;
}
