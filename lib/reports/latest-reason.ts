import type { Db } from "@/lib/db/client";
import type { ReportStatus } from "@/lib/workflow/status";
import { REASON_ACTION } from "./state-banner";

/** The reviewer's reason for the report's current state (退回, 更正), or null when the state has none. */
export async function latestReason(db: Db, reportId: string, status: ReportStatus): Promise<string | null> {
  const action = REASON_ACTION[status];
  if (!action) return null;
  const event = await db.reportEvent.findFirst({
    where: { reportId, action },
    orderBy: { createdAt: "desc" },
  });
  const reason = (event?.payload as { reason?: unknown } | null)?.reason;
  return typeof reason === "string" ? reason : null;
}
