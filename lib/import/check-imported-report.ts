import { runChecks } from "@/lib/checks/run-checks";
import type { CheckContext, Finding } from "@/lib/checks/types";
import type { ImportedReport } from "./types";

/**
 * The checks an imported report gets: its own year (so F-01 judges the
 * template it was written on, and any table left on another template), as a
 * township report. Last year's report is
 * only known when importing into a township that has one.
 */
export function checkImportedReport(
  report: ImportedReport,
  extra: Pick<CheckContext, "lastYear" | "today"> = {},
): Finding[] {
  return runChecks(report.format, report.data, {
    year: report.year,
    organLevel: "township",
    tableFormats: report.staleTables ?? [],
    ...extra,
  });
}
