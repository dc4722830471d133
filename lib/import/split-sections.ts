import type { SectionId } from "@/lib/format/types";
import { labelKey } from "./label-key";
import { soleCell } from "./line-text";
import type { SourceLine } from "./types";

const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Where a section's heading is and which lines belong to it ([start, end) excludes the heading). */
export interface SectionSpan {
  id: SectionId;
  heading: number;
  start: number;
  end: number;
  /** Text after the heading on its own line ("六、其他需要报告的事项：无。" gives "无。"). */
  inline: string;
}

interface ParsedHeading {
  ordinal: number | null;
  body: string;
}

/** Conjunctions and list commas vary between copies ("行政复议、行政诉讼" / "行政复议和行政诉讼"). */
function bodyKey(body: string): string {
  return body.replace(/[、,，和及与]/g, "").replace(/[:。.;]+$/, "");
}

function parseHeading(text: string): ParsedHeading {
  const key = labelKey(text);
  const chinese =
    /^([一二三四五六七八九十])、(.+)$/.exec(key) ??
    /^\(([一二三四五六七八九十])\)(.+)$/.exec(key) ??
    /^第([一二三四五六七八九十])部分[、.:]?(.+)$/.exec(key);
  if (chinese?.[1] && chinese[2]) {
    return { ordinal: CHINESE_ORDINALS.indexOf(chinese[1]) + 1, body: bodyKey(chinese[2]) };
  }
  const arabic = /^(\d)\.(.+)$/.exec(key);
  if (arabic?.[1] && arabic[2]) return { ordinal: Number(arabic[1]), body: bodyKey(arabic[2]) };
  return { ordinal: null, body: bodyKey(key) };
}

const MAX_HEADING_LENGTH = 40;
const NUMBERING = /^[\s(（]*[一二三四五六七八九十\d]*[\s)）]*[、.．,，]?\s*$/;

/**
 * A heading's number as printed may be smaller than the form's (a report that
 * restarts numbering for its tables or drops a section), never larger: a
 * larger number on the same words is another list.
 */
function ordinalFits(printed: number | null, expected: number | null): boolean {
  return printed === null || expected === null || printed <= expected;
}

/** Shortest heading body on which a typo of one character is still recognised. */
const MIN_TYPO_BODY = 8;

/** Do two texts differ by at most one inserted, dropped or changed character? */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const tailA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const tailB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return tailA === tailB;
}

/**
 * The heading alone on its line, or the heading then punctuation then text
 * ("" when alone); null if not it. `ownNumber`: only under the form's own
 * number (the first search; see `splitSections`).
 */
function matchHeading(
  text: string,
  heading: ParsedHeading,
  narrative: boolean,
  ownNumber: boolean,
): string | null {
  const numberFits = (printed: number | null) =>
    ownNumber ? printed !== null && printed === heading.ordinal : ordinalFits(printed, heading.ordinal);
  if (text.length <= MAX_HEADING_LENGTH) {
    const parsed = parseHeading(text);
    if (parsed.body === heading.body && numberFits(parsed.ordinal)) return "";
    // "四、政府信息公开行政法复议、行政诉讼情况": a typo, under the right number only.
    const typo =
      heading.body.length >= MIN_TYPO_BODY &&
      parsed.ordinal !== null &&
      parsed.ordinal === heading.ordinal &&
      withinOneEdit(parsed.body, heading.body);
    if (typo) return "";
  }
  if (!narrative) return null;
  // A narrative may start on the heading's line; the heading's words are plain CJK, found as written.
  const at = text.indexOf(heading.body);
  if (at < 0 || at > 6) return null;
  const numbering = text.slice(0, at);
  if (
    !NUMBERING.test(numbering) ||
    (numbering.trim() !== "" && parseHeading(`${numbering}x`).ordinal !== heading.ordinal) ||
    (ownNumber && numbering.trim() === "")
  ) {
    return null;
  }
  const after = text.slice(at + heading.body.length);
  const rest = /^\s*[:：。.,，;；]\s*(.+)$/s.exec(after);
  return rest?.[1]?.trim() ?? null;
}

export interface HeadingDef {
  id: SectionId;
  heading: string;
  aliases?: readonly string[];
  kind: "narrative" | "table";
}

function matchAny(
  text: string,
  headings: readonly ParsedHeading[],
  narrative: boolean,
  ownNumber: boolean,
): string | null {
  for (const heading of headings) {
    const inline = matchHeading(text, heading, narrative, ownNumber);
    if (inline !== null) return inline;
  }
  return null;
}

/**
 * Finds the six headings in order (ASCII or full-width punctuation, "一、",
 * "一.", "（一）" or "第一部分" numbering; the definition's other wordings).
 * Each section runs to the next heading found; a heading that is missing
 * leaves its section out, the neighbours close over it. The heading under
 * its own number is looked for first; only when there is none does the same
 * wording under a smaller number or none count (renumbered tables), so a
 * sub-heading of 一 such as "（一）主动公开政府信息情况" is not taken for 二.
 */
export function splitSections(
  lines: readonly SourceLine[],
  headings: readonly HeadingDef[],
): Map<SectionId, SectionSpan> {
  const found: { id: SectionId; line: number; inline: string }[] = [];
  let cursor = 0;
  for (const { id, heading, aliases, kind } of headings) {
    const parsed = [heading, ...(aliases ?? [])].map(parseHeading);
    const search = (ownNumber: boolean): boolean => {
      for (let i = cursor; i < lines.length; i += 1) {
        const line = lines[i];
        const text = line ? soleCell(line) : null;
        const inline =
          text === null || text.includes("\n")
            ? null
            : matchAny(text, parsed, kind === "narrative", ownNumber);
        if (inline !== null) {
          found.push({ id, line: i, inline });
          cursor = i + 1;
          return true;
        }
      }
      return false;
    };
    if (!search(true)) search(false);
  }
  const spans = new Map<SectionId, SectionSpan>();
  found.forEach((entry, i) => {
    const next = found[i + 1];
    spans.set(entry.id, {
      id: entry.id,
      heading: entry.line,
      start: entry.line + 1,
      end: next ? next.line : lines.length,
      inline: entry.inline,
    });
  });
  return spans;
}
