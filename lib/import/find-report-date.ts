const DATE_PATTERNS: readonly RegExp[] = [
  /(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})/,
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
];

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** The first complete date (2021-01-30, 2021年1月27日) in the lines, as YYYY-MM-DD. */
export function firstDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const text = line.normalize("NFKC");
    for (const pattern of DATE_PATTERNS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
      if (date) return date;
    }
  }
  return null;
}

/**
 * When the report was published: the page's own date near the title (what
 * the site printed when it posted it), else the date under the signature.
 * Dates inside the narrative (statistics periods) are not looked at.
 */
export function findReportDate(pageHead: readonly string[], signature: readonly string[]): string | null {
  return firstDate(pageHead) ?? firstDate(signature);
}
