import { safeText, toCsv } from "@/lib/publications/csv";

export { UTF8_BOM } from "@/lib/publications/csv";
import type { ExportCell } from "./dashboard-export-rows";

/**
 * The dashboard export through the project's one CSV writer. FilingUnit names
 * and statuses are typed by people, so every text cell is neutralised against
 * spreadsheet formulas; numbers stay numbers.
 */
export function writeCsv(header: readonly string[], rows: readonly ExportCell[][]): string {
  return toCsv(
    header,
    rows.map((row) => row.map((v) => (typeof v === "string" ? safeText(v) : v))),
  );
}
