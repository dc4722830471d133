import { pdfMetadataCandidate, type DateCandidate } from "../publication-date";

/** The document-information fields that carry dates. */
const DATE_FIELDS = ["CreationDate", "ModDate"] as const;

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(?:(Z)|([+-])(\d{2})'?(\d{2})?'?)?/;

/**
 * A PDF date string (`D:20250225100250+08'00'`) as an instant, or null when
 * it is not one. Without a time zone the writer's clock is taken as Beijing
 * time, the zone of the offices that write these reports.
 */
export function parsePdfDate(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const m = PDF_DATE.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  const offsetMinutes = m[7]
    ? 0
    : m[8]
      ? (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10] ?? 0))
      : 8 * 60;
  return new Date(local - offsetMinutes * 60_000);
}

/** The document information's dates as publication-date candidates, creation first, each naming its field. */
export function pdfMetadataDates(info: Record<string, unknown>): DateCandidate[] {
  return DATE_FIELDS.flatMap((field) => {
    const raw = info[field];
    const instant = parsePdfDate(raw);
    const candidate = instant ? pdfMetadataCandidate(instant, `${field}: ${String(raw)}`) : null;
    return candidate ? [candidate] : [];
  });
}
