/**
 * URLs of the clerk's area and of the working-copy preview, written once.
 * Codes are the county's and the filing unit's public codes (any kind).
 */
const seg = encodeURIComponent;

export const fillPaths = {
  /** A unit's home: its reports of every year. */
  unit: (county: string, filingUnit: string) => `/fill/${seg(county)}/${seg(filingUnit)}`,
  /** One report's task list; sections and /check hang below it. */
  report: (county: string, filingUnit: string, year: number) =>
    `/fill/${seg(county)}/${seg(filingUnit)}/${year}`,
};

/** The working copy in the official layout, or its PDF/Word download. */
export function previewPath(
  codes: { county: string; filingUnit: string; year: number },
  download?: "pdf" | "docx",
): string {
  const base = `/preview/${seg(codes.county)}/${seg(codes.filingUnit)}/${codes.year}`;
  return download ? `${base}/download/${download}` : base;
}
