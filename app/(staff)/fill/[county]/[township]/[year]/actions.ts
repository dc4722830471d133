"use server";
import { z } from "@/lib/validation/zod";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import type { GovReportData } from "@/lib/format/report-data";
import { notifyReportEvent } from "@/lib/notifications/notify";
import { reportInScope } from "@/lib/reports/report-access";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { WorkflowError, type WorkflowErrorCode } from "@/lib/workflow/workflow-error";

const saveInput = z.object({
  reportId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  data: z.unknown(),
});

const submitInput = z.object({
  reportId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  explanations: z.record(z.string().max(200), z.string().max(2000)),
});

export type ActionFailure =
  | { ok: false; code: Exclude<WorkflowErrorCode, "conflict"> | "session"; message: string }
  | { ok: false; code: "conflict"; message: string; serverVersion: number; serverData: GovReportData };

export type SaveResult = { ok: true; version: number; savedAt: string; errors: number; warnings: number } | ActionFailure;
export type SubmitResult = { ok: true; version: number } | ActionFailure;

async function guard<T>(work: () => Promise<T>, reportId: string): Promise<T | ActionFailure> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, code: "session", message: error.message };
    if (error instanceof WorkflowError) {
      if (error.code === "conflict") {
        const current = await db.report.findUnique({ where: { id: reportId } });
        return {
          ok: false,
          code: "conflict",
          message: error.message,
          serverVersion: current?.version ?? 0,
          serverData: current?.data as unknown as GovReportData,
        };
      }
      return { ok: false, code: error.code, message: error.message };
    }
    throw error;
  }
}

export async function saveReportAction(input: unknown): Promise<SaveResult> {
  const parsed = saveInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "保存请求格式有误" };
  return guard(async () => {
    const user = await actionUser(["clerk"]);
    await reportInScope(db, user, parsed.data.reportId, "fill");
    const { report, findings } = await saveReport(db, { ...parsed.data, actorId: user.id, now: new Date() });
    return {
      ok: true as const,
      version: report.version,
      savedAt: report.updatedAt.toISOString(),
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
    };
  }, parsed.data.reportId);
}

export async function submitReportAction(input: unknown): Promise<SubmitResult> {
  const parsed = submitInput.safeParse(input);
  if (!parsed.success) return { ok: false, code: "invalid", message: "提交请求格式有误，说明每条不超过 500 字" };
  return guard(async () => {
    const user = await actionUser(["clerk"]);
    const before = await reportInScope(db, user, parsed.data.reportId, "fill");
    const report = await submitReport(db, { ...parsed.data, actorId: user.id, now: new Date() });
    await notifyReportEvent(db, {
      reportId: report.id,
      actorId: user.id,
      kind: before.status === "correcting" ? "correction" : "submitted",
    });
    return { ok: true as const, version: report.version };
  }, parsed.data.reportId);
}
