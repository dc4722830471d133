import type { ExportCell } from "./dashboard-export-rows";

/**
 * CSV the way Excel on a Chinese Windows desktop reads it: a UTF-8 byte order
 * mark (without it Excel guesses GBK and garbles every label), CRLF line ends,
 * RFC 4180 quoting.
 */
export const UTF8_BOM = "\uFEFF";

/**
 * A text cell starting with = + - @ (or a tab/CR) would run as a formula when
 * the file is opened in a spreadsheet; township names are typed by people, so
 * such text gets a leading apostrophe. Numbers are written as numbers.
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: ExportCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeCsv(header: readonly string[], rows: readonly ExportCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
