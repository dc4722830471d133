import { runChecks } from "@/lib/checks/run-checks";
import type { Db, Prisma } from "@/lib/db/client";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { buildCheckContext } from "./check-context";
import { loadReportWithFormat } from "./load-report-with-format";
import { countBySeverity } from "./finding-key";
import { validateReportData } from "./validate-report-data";

export interface SaveReportInput {
  reportId: string;
  actorId: string;
  /** The version the editor started from. */
  version: number;
  data: unknown;
  now: Date;
}

/** Autosave and explicit save: validate, recompute, re-check, write if the version is current. */
export async function saveReport(db: Db, input: SaveReportInput) {
  const { report, format } = await loadReportWithFormat(db, input.reportId);
  const data = validateReportData(format, input.data);
  const findings = runChecks(format, data, await buildCheckContext(db, report, input.now));
  const counts = countBySeverity(findings);
  const saved = await applyTransition(db, {
    reportId: report.id,
    actorId: input.actorId,
    transition: "save",
    expectedVersion: input.version,
    changes: {
      data: data as unknown as Prisma.InputJsonValue,
      errorCount: counts.errors,
      warningCount: counts.warnings,
    },
    payload: { version: input.version + 1, errorCount: counts.errors, warningCount: counts.warnings },
  });
  return { report: saved, findings };
}
