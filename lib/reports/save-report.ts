import { runChecks } from "@/lib/checks/run-checks";
import type { Db, Prisma } from "@/lib/db/client";
import { applyTransition } from "@/lib/workflow/apply-transition";
import type { ActorSnapshot } from "@/lib/workflow/record-report-event";
import { checkContextOf } from "./check-context";
import { loadReportHeaderWithFormat } from "./load-report-with-format";
import { countBySeverity } from "./finding-key";
import { validateReportData } from "./validate-report-data";

export interface SaveReportInput {
  reportId: string;
  actorId: string;
  /** The actor's name and role for the audit event, when the caller has just read them. */
  actor?: ActorSnapshot;
  /** The version the editor started from. */
  version: number;
  data: unknown;
  now: Date;
}

/** Autosave and explicit save: validate, recompute, re-check, write if the version is current. */
export async function saveReport(db: Db, input: SaveReportInput) {
  const { report, format } = await loadReportHeaderWithFormat(db, input.reportId);
  const data = validateReportData(format, input.data);
  const findings = runChecks(format, data, await checkContextOf(db, report, input.now));
  const counts = countBySeverity(findings);
  const saved = await applyTransition(db, {
    reportId: report.id,
    actorId: input.actorId,
    actor: input.actor,
    transition: "save",
    expectedVersion: input.version,
    changes: {
      data: data as unknown as Prisma.InputJsonValue,
      errorCount: counts.errors,
      warningCount: counts.warnings,
    },
    payload: { version: input.version + 1, errorCount: counts.errors, warningCount: counts.warnings },
  });
  // The row comes back without its content (lib/workflow/apply-transition.ts); what was written is `data`.
  return { report: { ...saved, data: data as unknown as Prisma.JsonValue }, findings };
}
