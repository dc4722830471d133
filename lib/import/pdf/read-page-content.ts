import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PageContent, Segment, TextRun } from "./geometry";
import { unifyRadicals } from "./radicals";
import { filledSegments, IDENTITY, multiply, strokedSegments, subpaths, type Matrix } from "./page-rulings";

/** pdf.js operator ids this reader needs (OPS in pdf.js; stable across 5.x). */
export interface PdfOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** Glyph box around the baseline, as a share of the font size (CJK fonts ascend about 0.85). */
const ASCENT = 0.85;
const DESCENT = 0.15;

function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof (value as ArrayLike<number>).length !== "number") return null;
  const m = Array.from(value as ArrayLike<number>);
  return m.length >= 6 && m.every(Number.isFinite) ? (m.slice(0, 6) as unknown as Matrix) : null;
}

/** Table rulings of a page from its operator list, with the graphics state's matrix applied. */
function pageSegments(fnArray: number[], argsArray: unknown[][], ops: PdfOps, view: Matrix): Segment[] {
  const strokes = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const stack: Matrix[] = [];
  let ctm: Matrix = view;
  const out: Segment[] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i] ?? [];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? view;
    else if (fn === ops.transform) {
      const m = asMatrix(args);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = asMatrix(args[0]);
      if (m) ctm = multiply(ctm, m);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? view;
    else if (fn === ops.constructPath) {
      const [paint, buffers] = args as [number, (ArrayLike<number> | null)[] | undefined];
      const data = buffers?.[0];
      if (!data || !(strokes.has(paint) || fills.has(paint))) return;
      const polygons = subpaths(data, ctm);
      out.push(...(strokes.has(paint) ? strokedSegments(polygons) : filledSegments(polygons)));
    }
  });
  return out;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === "object" && item !== null && "str" in item && "transform" in item;
}

/** Text runs in page space (top-down): whitespace-only runs carry no content and are dropped. */
function pageRuns(items: readonly unknown[], view: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === "") continue;
    const t = asMatrix(item.transform);
    if (!t) continue;
    const m = multiply(view, t);
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0)) continue;
    const [x, baseline] = [m[4], m[5]];
    const width = Math.abs(item.width * (view[0] || 1));
    runs.push({
      text: unifyRadicals(item.str),
      x0: x,
      x1: x + width,
      top: baseline - size * ASCENT,
      bottom: baseline + size * DESCENT,
      size,
    });
  }
  return runs;
}

/** Text with positions and ruling lines of one page. */
export async function readPageContent(page: PDFPageProxy, ops: PdfOps): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const view = asMatrix(viewport.transform) ?? IDENTITY;
  const [text, operators] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  return {
    page: page.pageNumber,
    width: viewport.width,
    height: viewport.height,
    runs: pageRuns(text.items, view),
    segments: pageSegments(operators.fnArray, operators.argsArray as unknown[][], ops, view),
  };
}
