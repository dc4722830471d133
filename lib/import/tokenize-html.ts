import { parse, type DefaultTreeAdapterTypes } from "parse5";
import type { SourceLine } from "./types";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const SKIPPED = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "select",
]);
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "br",
  "caption",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "ul",
]);
const CELL_TAGS = new Set(["td", "th"]);
const ROW_GROUPS = new Set(["thead", "tbody", "tfoot"]);

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function childrenOf(node: Node): Node[] {
  return "childNodes" in node ? node.childNodes : [];
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** HTML collapses runs of whitespace; &nbsp; (U+00A0) is not collapsed, trim() removes it at the ends. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ");
}

/** Text of a cell with its paragraphs and <br>s as line breaks. */
function cellText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeName === "#text" && "value" in current) {
      parts.push(collapse(current.value));
      return;
    }
    if (!isElement(current) || SKIPPED.has(current.tagName)) return;
    const block = BLOCKS.has(current.tagName) || CELL_TAGS.has(current.tagName) || current.tagName === "tr";
    if (block) parts.push("\n");
    for (const child of current.childNodes) walk(child);
    if (block) parts.push("\n");
  };
  for (const child of childrenOf(node)) walk(child);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

const MAX_SPAN = 100;

function spanOf(cell: Element, name: "colspan" | "rowspan"): number {
  const span = Number(attribute(cell, name));
  return Number.isInteger(span) && span > 1 ? Math.min(span, MAX_SPAN) : 1;
}

interface GridCell {
  text: string;
  /** False where the cell is covered by a span from the left or from above. */
  own: boolean;
  /** Covered by a spanning cell that starts further left (part of it, not a blank cell). */
  fromLeft: boolean;
}

/**
 * The table as the grid it renders to: a cell spanning columns or rows also
 * covers those positions. Covered positions read as empty cells (like the
 * padding tab exports write), and remember the spanning text.
 */
function tableGrid(rows: readonly Element[]): GridCell[][] {
  const grid: GridCell[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of rowCells(row)) {
      const line = grid[r] ?? [];
      while (line[column]) column += 1;
      const text = cellText(cell);
      const colspan = spanOf(cell, "colspan");
      const rowspan = Math.min(spanOf(cell, "rowspan"), rows.length - r);
      for (let dr = 0; dr < rowspan; dr += 1) {
        const target = grid[r + dr];
        if (!target) continue;
        for (let dc = 0; dc < colspan; dc += 1) {
          target[column + dc] = { text, own: dr === 0 && dc === 0, fromLeft: dc > 0 };
        }
      }
      column += colspan;
    }
  });
  return grid;
}

function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.childNodes) {
    if (!isElement(child)) continue;
    if (child.tagName === "tr") rows.push(child);
    else if (ROW_GROUPS.has(child.tagName)) {
      for (const row of child.childNodes) if (isElement(row) && row.tagName === "tr") rows.push(row);
    }
  }
  return rows;
}

function rowCells(row: Element): Element[] {
  return row.childNodes.filter((cell): cell is Element => isElement(cell) && CELL_TAGS.has(cell.tagName));
}

function containsTable(node: Node): boolean {
  return childrenOf(node).some(
    (child) => isElement(child) && (child.tagName === "table" || containsTable(child)),
  );
}

/**
 * A data table has rows of several cells; a page that wraps its whole
 * article in a one-column table (common on county portals) is layout, and
 * its content is read like the rest of the page.
 */
function isLayoutTable(rows: readonly Element[]): boolean {
  const widest = Math.max(0, ...rows.map((row) => rowCells(row).length));
  return widest <= 1 || rows.some((row) => rowCells(row).some(containsTable));
}

/**
 * HTML (a saved page, or what a .docx converts to) to source lines: block
 * elements become paragraphs, each <tr> of a data table a row of the grid
 * it renders to (spanned positions empty, see tableGrid).
 */
export function tokenizeHtml(html: string): SourceLine[] {
  const out: SourceLine[] = [];
  let buffer = "";
  let tables = 0;
  const flush = () => {
    const text = buffer.trim();
    if (text !== "") out.push({ index: out.length, cells: [text], kind: "text", group: -1 });
    buffer = "";
  };
  const walk = (node: Node): void => {
    if (node.nodeName === "#text" && "value" in node) {
      buffer += collapse(node.value);
      return;
    }
    if (!isElement(node)) {
      for (const child of childrenOf(node)) walk(child);
      return;
    }
    if (SKIPPED.has(node.tagName)) return;
    if (node.tagName === "table") {
      flush();
      const rows = tableRows(node);
      if (isLayoutTable(rows)) {
        for (const row of rows)
          for (const cell of rowCells(row)) {
            walk(cell);
            flush();
          }
        return;
      }
      const group = tables;
      tables += 1;
      for (const line of tableGrid(rows)) {
        const cells = Array.from(line, (cell) => cell ?? { text: "", own: false });
        out.push({
          index: out.length,
          cells: cells.map((cell) => (cell.own ? cell.text : "")),
          kind: "table",
          group,
          covered: cells.map((cell) => (cell.own ? null : cell.text)),
          spannedLeft: cells.map((cell) => cell.fromLeft),
        });
      }
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    for (const child of node.childNodes) walk(child);
    if (block) flush();
  };
  walk(parse(html));
  flush();
  return out;
}
