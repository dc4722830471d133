/**
 * RFC 4180 CSV as spreadsheet users open it: UTF-8 with a byte-order mark (so
 * Excel reads Chinese correctly), CRLF line ends, fields quoted when needed.
 */
export type CsvField = string | number | null;

export const UTF8_BOM = "\uFEFF";

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe. Only text columns pass through here: numbers are
 * written as numbers, so a negative count stays a number.
 */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(value: CsvField): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvField[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(","));
  return `${UTF8_BOM}${lines.join("\r\n")}\r\n`;
}
