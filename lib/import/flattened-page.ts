import { getFormat } from "@/lib/format";
import { formatLabels } from "./format-labels";
import { labelKey } from "./label-key";
import { labelPattern } from "./label-pattern";
import type { SourceLine } from "./types";

/**
 * Some captures of a report page hold the whole page as one line: every
 * paragraph, heading and table cell run together, separated by a space or by
 * nothing at all (`行政规范性文件693665`). This module cuts such a line back
 * into pieces at the things the format definition names (section headings,
 * table labels), so that the ordinary readers see one label or value per
 * line. It never splits a run of digits: `693665` stays one piece, and the
 * row reader then reports the row as unreadable instead of guessing cells.
 */

const GOV_FORMATS = [getFormat("gov-2021"), getFormat("gov-2019")];
const SECTIONS = GOV_FORMATS[0]?.sections ?? [];

/** Headings found in one line before it counts as a whole flattened page. */
const MIN_HEADINGS = 2;

// Word's HTML export leaks its style sheet into the text of some pages.
const WORD_STYLE_TEXT =
  /Normal\s+\d[^{}]{0,300}?Style Definitions\s*\*\/\s*[\w.\s]*\{[^}]*\}|<!--\s*\/\*\s*Style Definitions[\s\S]*?-->/g;

// A heading or table label is followed by a value, a space, another label or the end.
const AFTER_LABEL = /[\s\u00a0\u3000\d０-９+\-−.．/／—–]/;
// Where a paragraph break was flattened to a space: after a sentence, before numbering or a date.
const SENTENCE_END = /[。！？；!?;:：]$/;
const PARAGRAPH_START =
  /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?=\D)|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)/;

interface Matcher {
  key: string;
  regex: RegExp;
}

function firstChars(key: string): string[] {
  const first = key.charAt(0);
  if (first === "(") return ["(", "（"];
  if (/[0-9]/.test(first)) return [first, String.fromCharCode(first.charCodeAt(0) + 0xfee0)];
  return [first];
}

/** Sticky matchers grouped by the character a match can start with, longest label first. */
function indexMatchers(labels: readonly string[]): Map<string, Matcher[]> {
  const byFirst = new Map<string, Matcher[]>();
  for (const key of new Set(labels.map(labelKey))) {
    if (key.length < 2) continue;
    const matcher = { key, regex: new RegExp(labelPattern(key), "y") };
    for (const char of firstChars(key)) byFirst.set(char, [...(byFirst.get(char) ?? []), matcher]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return byFirst;
}

let tableMatchers: Map<string, Matcher[]> | null = null;

function tableLabelMatchers(): Map<string, Matcher[]> {
  tableMatchers ??= indexMatchers(GOV_FORMATS.flatMap(formatLabels));
  return tableMatchers;
}

/** Length of the longest label starting at `at`, 0 when none. */
function labelAt(text: string, at: number, matchers: Map<string, Matcher[]>): number {
  for (const { regex } of matchers.get(text.charAt(at)) ?? []) {
    regex.lastIndex = at;
    const match = regex.exec(text);
    if (match) return match[0].length;
  }
  return 0;
}

/** Whitespace-separated pieces of a stretch of table text (values, leftover words). */
function words(text: string): string[] {
  return text.split(/[\s\u00a0\u3000]+/).filter((word) => word !== "");
}

/**
 * Table text cut at every label the formats print: each label one piece, the
 * values between labels one piece per whitespace-separated run.
 */
export function splitTableText(text: string): string[] {
  const matchers = tableLabelMatchers();
  const pieces: string[] = [];
  let plain = 0;
  let at = 0;
  while (at < text.length) {
    const length = labelAt(text, at, matchers);
    const end = at + length;
    const bounded =
      length > 0 &&
      (end === text.length || AFTER_LABEL.test(text.charAt(end)) || labelAt(text, end, matchers) > 0);
    if (!bounded) {
      at += 1;
      continue;
    }
    pieces.push(...words(text.slice(plain, at)), text.slice(at, end).trim());
    plain = end;
    at = end;
  }
  pieces.push(...words(text.slice(plain)));
  return pieces;
}

/** Narrative text cut where a paragraph break was flattened into a space. */
export function splitNarrativeText(text: string): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const part of text.split(/([\s\u00a0\u3000]+)/)) {
    if (/^[\s\u00a0\u3000]*$/.test(part)) {
      if (part !== "" && current !== "") current += " ";
      continue;
    }
    const breakHere = current !== "" && (SENTENCE_END.test(current.trimEnd()) || PARAGRAPH_START.test(part));
    if (breakHere) {
      pieces.push(current.trim());
      current = part;
    } else current += part;
  }
  if (current.trim() !== "") pieces.push(current.trim());
  return pieces;
}

interface HeadingHit {
  start: number;
  end: number;
  table: boolean;
}

const headingRegexes = SECTIONS.map((section) => ({
  table: section.kind === "table",
  regex: new RegExp([section.heading, ...(section.aliases ?? [])].map(labelPattern).join("|"), "g"),
}));

/** The six headings in order, each the first one after the previous. */
function findHeadings(text: string): HeadingHit[] {
  const hits: HeadingHit[] = [];
  let from = 0;
  for (const { table, regex } of headingRegexes) {
    regex.lastIndex = from;
    const match = regex.exec(text);
    if (!match) continue;
    hits.push({ start: match.index, end: match.index + match[0].length, table });
    from = match.index + match[0].length;
  }
  return hits;
}

/** A whole report page in one line, cut into its headings, paragraphs, labels and values; null if it is not one. */
export function splitFlattenedPage(raw: string): string[] | null {
  const text = raw.replace(WORD_STYLE_TEXT, " ");
  const hits = findHeadings(text);
  if (hits.length < MIN_HEADINGS) return null;
  const pieces: string[] = [];
  let at = 0;
  let inTable = false;
  for (const hit of hits) {
    const between = text.slice(at, hit.start);
    pieces.push(...(inTable ? splitTableText(between) : splitNarrativeText(between)));
    pieces.push(text.slice(hit.start, hit.end).trim());
    at = hit.end;
    inTable = hit.table;
  }
  const rest = text.slice(at);
  pieces.push(...(inTable ? splitTableText(rest) : splitNarrativeText(rest)));
  return pieces.filter((piece) => piece !== "");
}

/** Source lines with every flattened page line replaced by its pieces, one per line. */
export function unflattenLines(lines: readonly SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const pieces =
      line.kind === "text" && line.cells.length === 1 ? splitFlattenedPage(line.cells[0] ?? "") : null;
    if (!pieces) {
      out.push({ ...line, index: out.length });
      continue;
    }
    for (const piece of pieces) out.push({ index: out.length, cells: [piece], kind: "text", group: -1 });
  }
  return out;
}
