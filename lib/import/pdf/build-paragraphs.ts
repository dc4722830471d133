import type { LayoutBlock, ParagraphBlock, TableBlock } from "./geometry";
import type { TextLine } from "./text-lines";

/** A page's content after furniture is removed: its tables and the lines around them. */
export interface PageFlow {
  page: number;
  width: number;
  lines: TextLine[];
  tables: TableBlock[];
}

interface Margins {
  left: number;
  right: number;
  /** The body text's font size (the most common). */
  bodySize: number;
}

/** A line set this much larger than the body is a heading or the title. */
const HEADING_SCALE = 1.15;

/** Lines longer than this share of the page are body lines, which give the text block's margins. */
const BODY_LINE = 0.5;
/** Indent (in font sizes) that starts a paragraph: Chinese paragraphs indent by two characters. */
const INDENT = 0.8;
/** A line ending this many font sizes before the right margin ends its paragraph. */
const SHORT_LINE = 1.5;
/** Vertical space (in font sizes) between two lines of one paragraph, at most. */
const LINE_GAP = 1.2;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function marginsOf(flows: readonly PageFlow[]): Margins {
  const lines = flows.flatMap((flow) => flow.lines.filter((l) => l.x1 - l.x0 > flow.width * BODY_LINE));
  const all = flows.flatMap((flow) => flow.lines);
  const body = lines.length > 0 ? lines : all;
  return {
    left: median(body.map((l) => l.x0)),
    right: Math.max(0, ...body.map((l) => l.x1)),
    bodySize: median(all.map((l) => l.size)),
  };
}

/** Centred in the text block: a short line away from the left margin, or a large-type line of any length. */
function isCentered(line: TextLine, margins: Margins): boolean {
  const centred = Math.abs((line.x0 + line.x1) / 2 - (margins.left + margins.right) / 2) < 1.5 * line.size;
  const large = line.size > margins.bodySize * HEADING_SCALE;
  return centred && (large || line.x0 > margins.left + 2 * line.size);
}

interface Placed {
  line: TextLine;
  page: number;
  width: number;
}

/** Whether `next` continues the paragraph that `previous` is the last line of. */
function continues(previous: Placed, next: Placed, margins: Margins): boolean {
  const [p, n] = [previous.line, next.line];
  if (Math.abs(p.size - n.size) > 0.5) return false;
  const samePage = previous.page === next.page;
  if (samePage && n.top - p.bottom > LINE_GAP * n.size) return false;
  // A centred heading (the report's title) that wraps.
  if (isCentered(p, margins) && isCentered(n, margins)) return samePage;
  if (n.x0 > margins.left + INDENT * n.size) return false;
  return p.x1 >= margins.right - SHORT_LINE * p.size;
}

function joinLines(text: string, next: string): string {
  return /[0-9A-Za-z]$/.test(text) && /^[0-9A-Za-z]/.test(next) ? `${text} ${next}` : text + next;
}

function paragraph(lines: readonly Placed[]): ParagraphBlock {
  const first = lines[0] as Placed;
  return {
    kind: "paragraph",
    top: first.line.top,
    bottom: Math.max(...lines.map((l) => l.line.bottom)),
    text: lines.map((l) => l.line.text).reduce(joinLines),
    page: first.page,
  };
}

/**
 * The document's blocks in reading order: its lines joined into paragraphs
 * (a line continues the previous one when it is not indented, the previous
 * one ran to the right margin, and no gap or font change lies between, also
 * across a page break), and its tables between them.
 */
export function buildParagraphs(flows: readonly PageFlow[]): LayoutBlock[] {
  const margins = marginsOf(flows);
  const out: LayoutBlock[] = [];
  let open: Placed[] = [];
  const close = () => {
    if (open.length > 0) out.push(paragraph(open));
    open = [];
  };
  for (const flow of flows) {
    const items: ({ top: number } & ({ line: TextLine } | { table: TableBlock }))[] = [
      ...flow.lines.map((line) => ({ top: line.top, line })),
      ...flow.tables.map((table) => ({ top: table.top, table })),
    ].sort((a, b) => a.top - b.top);
    for (const item of items) {
      if ("table" in item) {
        close();
        out.push(item.table);
        continue;
      }
      const placed = { line: item.line, page: flow.page, width: flow.width };
      const last = open[open.length - 1];
      if (last && !continues(last, placed, margins)) close();
      open.push(placed);
    }
  }
  close();
  return out;
}
