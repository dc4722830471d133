import { labelKey } from "./label-key";

const GAP = "[\\s\\u00a0\\u3000]*";

/** How each character of a label key may be printed (full-width or ASCII, list commas for dots). */
const VARIANTS: Record<string, string> = {
  "(": "[(（]",
  ")": "[)）]",
  ",": "[,，、]",
  ":": "[:：]",
  ";": "[;；]",
  ".": "[.．、,，]",
  "、": "[、,，.．和及]",
  "/": "[/／]",
  '"': '["“”]',
  "'": "['‘’]",
};

function charPattern(char: string): string {
  const variant = VARIANTS[char];
  if (variant) return variant;
  if (/[0-9]/.test(char)) return `[${char}${String.fromCharCode(char.charCodeAt(0) + 0xfee0)}]`;
  return char.replace(/[\\^$.*+?()[\]{}|-]/g, "\\$&");
}

/**
 * Regular-expression source that finds a label inside running text as it is
 * printed: any width of punctuation, any list mark for its numbering, and
 * whitespace between any two characters (a cell that wrapped, "自 然 人").
 */
export function labelPattern(label: string): string {
  return [...labelKey(label)].map(charPattern).join(GAP);
}
