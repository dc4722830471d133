import type { Segment } from "./geometry";

/** A 2D affine matrix [a, b, c, d, e, f] as PDF writes it. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Lines thinner than this (points) and filled rectangles this thin are rulings. */
const THIN = 2.5;
/** Two ends this close (points) count as the same x or y. */
const STRAIGHT = 1;
const MIN_LENGTH = 3;

function segment(x0: number, y0: number, x1: number, y1: number): Segment | null {
  if (Math.abs(y0 - y1) <= STRAIGHT && Math.abs(x0 - x1) >= MIN_LENGTH) {
    return { orientation: "h", at: (y0 + y1) / 2, from: Math.min(x0, x1), to: Math.max(x0, x1) };
  }
  if (Math.abs(x0 - x1) <= STRAIGHT && Math.abs(y0 - y1) >= MIN_LENGTH) {
    return { orientation: "v", at: (x0 + x1) / 2, from: Math.min(y0, y1), to: Math.max(y0, y1) };
  }
  return null;
}

/** Path operators of pdf.js's constructPath data (DrawOPS). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_TO = 3;
const CLOSE_PATH = 4;

/** The subpaths of a pdf.js path buffer as polygons (curves kept as their end points), in page space. */
export function subpaths(data: ArrayLike<number>, ctm: Matrix): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const flush = () => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  for (let i = 0; i < data.length;) {
    const op = data[i] ?? CLOSE_PATH;
    if (op === MOVE_TO) {
      flush();
      current.push(apply(ctm, data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (op === LINE_TO) {
      current.push(apply(ctm, data[i + 1] ?? 0, data[i + 2] ?? 0));
      i += 3;
    } else if (op === CURVE_TO) {
      current.push(apply(ctm, data[i + 5] ?? 0, data[i + 6] ?? 0));
      i += 7;
    } else if (op === QUADRATIC_TO) {
      current.push(apply(ctm, data[i + 3] ?? 0, data[i + 4] ?? 0));
      i += 5;
    } else {
      const start = current[0];
      if (start) current.push(start);
      flush();
      i += 1;
    }
  }
  flush();
  return out;
}

/** Stroked lines: every straight horizontal or vertical piece. */
export function strokedSegments(polygons: readonly [number, number][][]): Segment[] {
  const out: Segment[] = [];
  for (const points of polygons) {
    for (let i = 1; i < points.length; i += 1) {
      const [a, b] = [points[i - 1], points[i]];
      const found = a && b ? segment(a[0], a[1], b[0], b[1]) : null;
      if (found) out.push(found);
    }
  }
  return out;
}

/**
 * Filled shapes: a thin bar (how many writers draw cell borders) is a ruling
 * along its long side; larger fills are shading and say nothing about cells.
 */
export function filledSegments(polygons: readonly [number, number][][]): Segment[] {
  const out: Segment[] = [];
  for (const points of polygons) {
    if (points.length < 2) continue;
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (y1 - y0 <= THIN && x1 - x0 >= MIN_LENGTH)
      out.push({ orientation: "h", at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 <= THIN && y1 - y0 >= MIN_LENGTH)
      out.push({ orientation: "v", at: (x0 + x1) / 2, from: y0, to: y1 });
  }
  return out;
}
