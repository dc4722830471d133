import { z } from "@/lib/validation/zod";

/** Stored report states; "not started" is the absence of a report row. */
export const REPORT_STATUSES = [
  "draft",
  "submitted",
  "returned",
  "approved",
  "published",
  "correcting",
] as const;
export const reportStatusSchema = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof reportStatusSchema>;

export const STATUS_LABELS: Record<ReportStatus | "not_started", string> = {
  not_started: "未开始",
  draft: "填写中",
  submitted: "已提交待审",
  returned: "已退回",
  approved: "已通过",
  published: "已公开",
  correcting: "更正中",
};
