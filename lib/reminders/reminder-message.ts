import { daysUntil } from "@/lib/reporting/report-year";
import type { StatusKey } from "@/lib/review/dashboard-query";

/** States a county reminds: not started, still being filled, or returned for changes. */
const REMINDABLE: readonly StatusKey[] = ["not_started", "draft", "returned"];

export function isRemindable(status: StatusKey): boolean {
  return REMINDABLE.includes(status);
}

const ASK: Partial<Record<StatusKey, string>> = {
  not_started: "尚未开始填报",
  draft: "尚未提交",
  returned: "已被退回，尚未重新提交",
};

/**
 * The notice a filing unit's clerks get: what is missing, the deadline and the
 * days left (or overdue), counted in Beijing calendar days.
 */
export function reminderMessage(args: {
  filingUnitName: string;
  year: number;
  status: StatusKey;
  deadline: string;
  today: string;
}): { text: string; daysLeft: number } {
  const daysLeft = daysUntil(args.deadline, args.today);
  const when = daysLeft > 0 ? `还有 ${daysLeft} 天` : daysLeft === 0 ? "今天截止" : `已逾期 ${-daysLeft} 天`;
  return {
    daysLeft,
    text: `催办：${args.filingUnitName}${args.year}年度报告${ASK[args.status] ?? "尚未完成"}，公开截止日期 ${args.deadline}（${when}），请尽快填报并提交审核`,
  };
}
