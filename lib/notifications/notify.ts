import type { Db } from "@/lib/db/client";
import { latestReason } from "@/lib/reports/latest-reason";
import { reportStatusSchema } from "@/lib/workflow/status";
import { fillPaths } from "@/lib/urls/fill-paths";
import { reviewPaths } from "@/lib/urls/review-paths";

export type NotificationKind =
  "returned" | "comment" | "submitted" | "withdrawn" | "correction" | "correction_started" | "published";

/** People who act for the filing unit (its clerks). */
async function filingUnitClerks(db: Db, filingUnitId: string) {
  return db.user.findMany({ where: { filingUnitId, role: "clerk", disabled: false }, select: { id: true } });
}

/** People who review the county (its reviewers and county admins). */
async function countyReviewers(db: Db, countyId: string) {
  return db.user.findMany({
    where: { countyId, role: { in: ["reviewer", "admin"] }, disabled: false },
    select: { id: true },
  });
}

/**
 * Tells the other side of a report that something happened. The actor is
 * never notified of their own action.
 */
export async function notifyReportEvent(
  db: Db,
  args: { reportId: string; actorId: string; kind: NotificationKind; detail?: string },
): Promise<number> {
  const report = await db.report.findUnique({
    where: { id: args.reportId },
    include: { filingUnit: { include: { county: true } } },
  });
  if (!report) return 0;
  const t = report.filingUnit;
  const toClerks =
    args.kind === "returned" ||
    args.kind === "published" ||
    args.kind === "correction_started" ||
    (args.kind === "comment" && args.detail === "reviewer");
  const recipients = toClerks ? await filingUnitClerks(db, t.id) : await countyReviewers(db, t.countyId);
  const fill = fillPaths.report(t.county.code, t.code, report.year);
  const review = reviewPaths.report(t.county.code, t.code, report.year);
  const subject = `${t.name}${report.year}年度报告`;
  // The clerk reads why in the notice itself, not only in the editor.
  const reason = await latestReason(db, report.id, reportStatusSchema.catch("draft").parse(report.status));
  const because = reason ? `。原因：${reason}` : "";
  const message: Record<NotificationKind, string> = {
    returned: `${subject}已被退回，请按退回原因修改后重新提交${because}`,
    comment: `${subject}有新的批注`,
    submitted: `${subject}已提交，等待审核`,
    withdrawn: `${subject}已由填报人撤回，暂不需要审核；重新提交后会再次通知`,
    correction: `${subject}的更正已提交，等待审核`,
    correction_started: `${subject}已发起更正，请按更正原因修改后重新提交${because}`,
    published: `${subject}已公开`,
  };
  const data = recipients
    .filter((u) => u.id !== args.actorId)
    .map((u) => ({
      userId: u.id,
      reportId: report.id,
      kind: args.kind,
      message: message[args.kind],
      link: toClerks ? fill : review,
    }));
  if (data.length) await db.notification.createMany({ data });
  return data.length;
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

export async function listNotifications(db: Db, userId: string, take = 50) {
  return db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take });
}

export async function markAllRead(db: Db, userId: string, now: Date): Promise<void> {
  await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
}
