/** What published tables put in a cell instead of a number ("nothing"): read as blank, never 0 (V-01). */
const BLANK_MARKER = /^(-{1,2}|\/|—{1,2}|–|无|空)$/;
// A number as printed: sign, thousands commas, decimals, an optional unit.
const NUMBER = /^[+-]?(\d[\d,]*(\.\d*)?|\.\d+)(万元|元)?$/;

function compact(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[−﹣]/g, "-");
}

/**
 * Digits split by a space or a line break ("7 0", a cell holding "7" and "0"
 * as two paragraphs) are two things, not 70: never joined into one number.
 */
export function isSplitNumber(text: string): boolean {
  return /[\d.,][\s\u00a0\u3000]+[+\-\d.,]/.test(text.normalize("NFKC").trim());
}

export function isBlankMarker(text: string): boolean {
  return BLANK_MARKER.test(compact(text));
}

/** A cell that holds a value (a number or a blank marker), as opposed to a label or prose. */
export function isValueText(text: string): boolean {
  if (isSplitNumber(text)) return false;
  const value = compact(text);
  return NUMBER.test(value) || BLANK_MARKER.test(value);
}

/**
 * A number printed with a leading zero ("00", "012"): no table prints counts
 * that way, so it is two or more cells whose boundary was lost ("0" "12").
 */
export function isRunTogether(text: string): boolean {
  return /^[+-]?0\d/.test(compact(text));
}
