import { spaceAlignedRows } from "./space-columns";
import type { SourceLine } from "./types";

function splitPipeRow(line: string): string[] | null {
  const trimmed = line.trim();
  if (!trimmed.includes("|")) return null;
  // A pipe row starts or ends with a pipe ("label | unit | value |", "| a | b |").
  if (!trimmed.startsWith("|") && !trimmed.endsWith("|")) return null;
  const inner = trimmed.replace(/^\|/, "").replace(/\|$/, "");
  return inner.split("|").map((cell) => cell.trim());
}

const MARKDOWN_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

function physicalLines(text: string): string[] {
  return (
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      // A form feed (a page break in pdftotext output) starts a new page, not text.
      .replace(/\f/g, "\n")
      .split("\n")
  );
}

/**
 * Plain text (copied from a web page, a .txt file) to source lines:
 * tab-separated lines become table rows, pipe lines ("a | b |") rows of
 * pipe cells, lines in columns separated by runs of spaces rows of aligned
 * cells (space-columns.ts), every other non-blank line one paragraph. Blank lines only
 * separate: web pages copied as text put one between every table cell, so an
 * empty cell cannot be told from a separator there (the table reader knows).
 */
export function tokenizeText(text: string): SourceLine[] {
  const lines = physicalLines(text);
  const out: SourceLine[] = [];
  const spaceRows = spaceAlignedRows(
    lines.map((line) => (line.includes("\t") || splitPipeRow(line) ? "" : line)),
  );
  lines.forEach((line, at) => {
    if (line.trim() === "" || MARKDOWN_RULE.test(line.trim()) || spaceRows.taken.has(at)) return;
    if (line.includes("\t")) {
      out.push({
        index: out.length,
        cells: line.split("\t").map((cell) => cell.trim()),
        kind: "tab",
        group: -1,
      });
      return;
    }
    const pipeCells = splitPipeRow(line);
    if (pipeCells) {
      out.push({ index: out.length, cells: pipeCells, kind: "pipe", group: -1 });
      return;
    }
    const spaced = spaceRows.rows.get(at);
    if (spaced) {
      out.push({ index: out.length, cells: spaced, kind: "space", group: -1 });
      return;
    }
    out.push({ index: out.length, cells: [line.trim()], kind: "text", group: -1 });
  });
  return out;
}
