import type { Tx } from "@/lib/db/client";
import { reportStatusSchema, type ReportStatus } from "./status";
import { INITIAL_STATUS, TRANSITIONS } from "./transitions";

/**
 * The state a submitted report was submitted from, read from the audit trail:
 * the submit event that produced the report's current version (nothing else
 * writes a submitted report, so the version names that event exactly, even
 * when two events share a timestamp). Withdrawing goes back there: a returned
 * report to 已退回 with its reason, a correction to 更正中.
 */
export async function stateBeforeSubmit(
  tx: Tx,
  report: { id: string; version: number },
): Promise<ReportStatus> {
  const submits = await tx.reportEvent.findMany({
    where: { reportId: report.id, action: "submit" },
    orderBy: { createdAt: "desc" },
    select: { fromStatus: true, payload: true },
  });
  const submit =
    submits.find((e) => (e.payload as { version?: unknown } | null)?.version === report.version) ??
    submits[0];
  const from = reportStatusSchema.safeParse(submit?.fromStatus);
  const editable: readonly ReportStatus[] = TRANSITIONS.submit.from;
  return from.success && editable.includes(from.data) ? from.data : INITIAL_STATUS;
}
