import { clusterPositions } from "./cluster";
import type { Segment } from "./geometry";

/** Rulings closer than this (points) are the same line; double borders collapse into one. */
const SAME_LINE = 2.5;
/** How far a line may stop short of the line it meets (points). */
const REACH = 3;

/** A ruled table: its row and column boundaries and which cells merge. */
export interface Grid {
  xs: number[];
  ys: number[];
  /** Per grid position, the id of the merged cell it belongs to. */
  cellIds: number[][];
}

function touches(h: Segment, v: Segment): boolean {
  return v.at >= h.from - REACH && v.at <= h.to + REACH && h.at >= v.from - REACH && h.at <= v.to + REACH;
}

/**
 * Two pieces of one line: the same direction and position, end to end. A
 * border drawn cell by cell (Chromium prints each cell's own) has pieces
 * under a cell spanning columns that no crossing line meets.
 */
function continues(a: Segment, b: Segment): boolean {
  return (
    a.orientation === b.orientation &&
    Math.abs(a.at - b.at) <= SAME_LINE &&
    a.from <= b.to + REACH &&
    b.from <= a.to + REACH
  );
}

function meets(a: Segment, b: Segment): boolean {
  if (a.orientation === b.orientation) return continues(a, b);
  return a.orientation === "h" ? touches(a, b) : touches(b, a);
}

/** A segment's extent on the page, widened by how far rulings may miss each other and still meet. */
function box(s: Segment) {
  const pad = Math.max(REACH, SAME_LINE);
  return s.orientation === "h"
    ? { left: s.from - pad, right: s.to + pad, top: s.at - pad, bottom: s.at + pad }
    : { left: s.at - pad, right: s.at + pad, top: s.from - pad, bottom: s.to + pad };
}

/**
 * Rulings that meet or continue each other, grouped: each group with two or
 * more of each direction is a table. Only rulings whose widened extents
 * overlap can meet, so they are swept top to bottom rather than compared all
 * with all (a printed page draws each cell's borders: thousands of pieces).
 */
function connectedGroups(segments: readonly Segment[]): Segment[][] {
  const parent = segments.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const boxes = segments.map(box);
  const order = segments.map((_, i) => i).sort((a, b) => (boxes[a]?.top ?? 0) - (boxes[b]?.top ?? 0));
  order.forEach((i, k) => {
    const a = boxes[i];
    const sa = segments[i];
    if (!a || !sa) return;
    for (let m = k + 1; m < order.length; m += 1) {
      const j = order[m] ?? 0;
      const b = boxes[j];
      const sb = segments[j];
      if (!b || !sb || b.top > a.bottom) break;
      if (b.left <= a.right && a.left <= b.right && meets(sa, sb)) parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Segment[]>();
  segments.forEach((segment, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(segment);
    else groups.set(root, [segment]);
  });
  return [...groups.values()];
}

/** Whether some ruling at `at` runs along most of [from, to] (borders may be drawn cell by cell). */
function ruled(lines: readonly Segment[], at: number, from: number, to: number): boolean {
  const slack = (to - from) * 0.3;
  return lines.some(
    (line) => Math.abs(line.at - at) <= SAME_LINE && line.from <= from + slack && line.to >= to - slack,
  );
}

function gridOf(group: readonly Segment[]): Grid | null {
  const horizontals = group.filter((s) => s.orientation === "h");
  const verticals = group.filter((s) => s.orientation === "v");
  const ys = clusterPositions(
    horizontals.map((s) => s.at),
    SAME_LINE,
  );
  const xs = clusterPositions(
    verticals.map((s) => s.at),
    SAME_LINE,
  );
  if (ys.length < 2 || xs.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < cols; c += 1) {
      const [top, bottom, left, right] = [ys[r] ?? 0, ys[r + 1] ?? 0, xs[c] ?? 0, xs[c + 1] ?? 0];
      if (c + 1 < cols && !ruled(verticals, right, top, bottom)) union(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !ruled(horizontals, bottom, left, right)) union(r * cols + c, (r + 1) * cols + c);
    }
  }
  const cellIds = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => find(r * cols + c)),
  );
  return { xs, ys, cellIds };
}

/** The ruled tables on a page, top to bottom. */
export function findGrids(segments: readonly Segment[]): Grid[] {
  return connectedGroups(segments)
    .map(gridOf)
    .filter((grid): grid is Grid => grid !== null)
    .sort((a, b) => (a.ys[0] ?? 0) - (b.ys[0] ?? 0));
}

/** The grid row and column a point falls in, or null outside the grid. */
export function gridPosition(grid: Grid, x: number, y: number): { row: number; col: number } | null {
  const row = grid.ys.findIndex((top, i) => i + 1 < grid.ys.length && y >= top && y < (grid.ys[i + 1] ?? 0));
  const col = grid.xs.findIndex(
    (left, i) => i + 1 < grid.xs.length && x >= left && x < (grid.xs[i + 1] ?? 0),
  );
  return row < 0 || col < 0 ? null : { row, col };
}
