import { runChecks } from "@/lib/checks/run-checks";
import type { CheckContext, Finding } from "@/lib/checks/types";
import type { ImportedReport } from "./types";

/**
 * The checks an imported report gets: its own year (so F-01 judges the
 * template it was written on, and any table left on another template), at the
 * level of the unit it is imported into (a township's when not yet chosen).
 * Last year's report is only known when importing into a unit that has one.
 */
export function checkImportedReport(
  report: ImportedReport,
  extra: Partial<Pick<CheckContext, "lastYear" | "today" | "organLevel">> = {},
): Finding[] {
  return runChecks(report.format, report.data, {
    year: report.year,
    organLevel: "township",
    tableFormats: report.staleTables ?? [],
    ...extra,
  });
}
