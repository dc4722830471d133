/**
 * The public URLs, in one place: pages, the open-data variants and the
 * downloads. They are stable and bookmarkable; docs/open-data.md lists them.
 */
export interface ReportCodes {
  county: string;
  filingUnit: string;
  year: number;
}

export type ReportFileKind = "json" | "csv" | "pdf" | "docx";
export type CountyYearFileKind = "json" | "csv";

/** The public report list's filter for one filing unit: /reports?unit=<code>. */
export const UNIT_PARAM = "unit";

const seg = encodeURIComponent;

export function reportPath(codes: ReportCodes, revision?: number): string {
  const base = `/reports/${seg(codes.county)}/${seg(codes.filingUnit)}/${codes.year}`;
  return revision === undefined ? base : `${base}?revision=${revision}`;
}

/**
 * The print view, which opens the browser's print dialog: the report page's
 * 打印 link, and where 下载PDF lands when the server cannot print
 * (`pdfUnavailable`, which says so).
 */
export function reportPrintPath(codes: ReportCodes, revision?: number, pdfUnavailable = false): string {
  const query = [
    revision === undefined ? "" : `revision=${revision}`,
    pdfUnavailable ? "pdf=unavailable" : "",
  ].filter(Boolean);
  const base = `/reports/${seg(codes.county)}/${seg(codes.filingUnit)}/${codes.year}/print`;
  return query.length > 0 ? `${base}?${query.join("&")}` : base;
}

/** `/reports/c/t/2021.json` (next.config.js rewrites these to the route handlers). */
export function reportFilePath(codes: ReportCodes, kind: ReportFileKind, revision?: number): string {
  const base = `/reports/${seg(codes.county)}/${seg(codes.filingUnit)}/${codes.year}.${kind}`;
  return revision === undefined ? base : `${base}?revision=${revision}`;
}

export function countyPath(county: string): string {
  return `/reports/${seg(county)}`;
}

export function filingUnitPath(county: string, filingUnit: string): string {
  return `/reports/${seg(county)}/${seg(filingUnit)}`;
}

export function countyYearPath(county: string, year: number, kind?: CountyYearFileKind): string {
  return `/reports/${seg(county)}/${year}${kind ? `.${kind}` : ""}`;
}

/** A path segment that is a report year (four digits, nothing else). */
export function parseYear(segment: string): number | null {
  return /^\d{4}$/.test(segment) ? Number(segment) : null;
}

/** `?revision=N`: a positive integer, or null when absent; NaN-like input is "invalid". */
export function parseRevision(value: string | string[] | null | undefined): number | null | "invalid" {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value) || !/^[1-9]\d{0,3}$/.test(value)) return "invalid";
  return Number(value);
}
