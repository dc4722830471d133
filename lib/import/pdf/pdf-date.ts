/** Where a date in a PDF's document information comes from. */
export type PdfDateField = "CreationDate" | "ModDate";

/** A date the PDF's metadata gives: the day, and which field said so. */
export interface PdfMetadataDate {
  /** YYYY-MM-DD, the day on the writer's clock (the offset the PDF states is the writer's zone). */
  date: string;
  field: PdfDateField;
}

const PDF_DATE = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/;

/** A PDF date string (`D:20250225100250+08'00'`) as YYYY-MM-DD, or null when it is not one. */
export function parsePdfDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = PDF_DATE.exec(value.trim());
  if (!match || match[2] === undefined || match[3] === undefined) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** The metadata dates of a PDF's document information, creation first. */
export function pdfMetadataDates(info: Record<string, unknown>): PdfMetadataDate[] {
  const fields: PdfDateField[] = ["CreationDate", "ModDate"];
  return fields.flatMap((field) => {
    const date = parsePdfDate(info[field]);
    return date ? [{ date, field }] : [];
  });
}
