import { AppError } from "@/lib/actions/app-error";
import { defineAction } from "@/lib/actions/define-action";
import { reportPlace } from "@/lib/actions/places";
import type { Db } from "@/lib/db/client";
import type { GovReportData } from "@/lib/format/report-data";
import { notifyReportEvent } from "@/lib/notifications/notify";
import { z } from "@/lib/validation/zod";
import { isVersionConflict } from "@/lib/workflow/transition-refusal";
import { reportStatusSchema } from "@/lib/workflow/status";
import { TRANSITIONS } from "@/lib/workflow/transitions";
import { saveReport } from "./save-report";
import { MAX_EXPLANATION_LENGTH, submitReport } from "./submit-report";
import { withdrawReport } from "./withdraw-report";

/** A report document is tens of kilobytes; far above that is not a report. */
const MAX_REPORT_JSON_BYTES = 1024 * 1024;

const reportId = z.string({ error: "报告不存在" }).min(1, "报告不存在").max(64, "报告不存在");
const version = z.number({ error: "版本号有误，请刷新页面" }).int().min(1);

/** What the editor sends on autosave: the content is checked against the format by saveReport. */
const saveReportSchema = z.object({
  reportId,
  version,
  data: z.unknown().superRefine((data, ctx) => {
    if (JSON.stringify(data ?? null).length > MAX_REPORT_JSON_BYTES)
      ctx.addIssue({
        code: "too_big",
        origin: "string",
        maximum: MAX_REPORT_JSON_BYTES,
        inclusive: true,
        message: `报告内容超过 ${MAX_REPORT_JSON_BYTES / 1024 / 1024} MB 上限，未保存`,
      });
  }),
});

const submitReportSchema = z.object({
  reportId,
  version,
  explanations: z
    .record(
      z.string().max(200),
      z.string().max(MAX_EXPLANATION_LENGTH, `每条说明不能超过 ${MAX_EXPLANATION_LENGTH} 字`),
    )
    .refine((r) => Object.keys(r).length <= 500, "说明条数过多"),
});

/** 撤回: the report and the version the clerk's page shows. */
const withdrawReportSchema = z.object({ reportId, version });

/** On a version conflict the editor merges with the server copy: it travels with the refusal. */
async function withServerCopy<T>(db: Db, id: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isVersionConflict(error)) throw error;
    const current = await db.report.findUnique({ where: { id } });
    throw new AppError("conflict", error.message, {
      detail: { serverVersion: current?.version ?? 0, serverData: current?.data as unknown as GovReportData },
    });
  }
}

export const saveReportAction = defineAction({
  name: "fill.save",
  input: saveReportSchema,
  need: TRANSITIONS.save.need,
  place: (input, db) => reportPlace(db, input.reportId),
  run: async ({ db, user, input, now }) =>
    withServerCopy(db, input.reportId, async () => {
      const actor = { name: user.name, role: user.role };
      const { report, findings } = await saveReport(db, { ...input, actorId: user.id, actor, now });
      return {
        version: report.version,
        savedAt: report.updatedAt.toISOString(),
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
      };
    }),
});

export const submitReportAction = defineAction({
  name: "fill.submit",
  input: submitReportSchema,
  need: TRANSITIONS.submit.need,
  place: (input, db) => reportPlace(db, input.reportId),
  run: async ({ db, user, input, now }) => {
    const before = await db.report.findUniqueOrThrow({ where: { id: input.reportId } });
    const report = await submitReport(db, { ...input, actorId: user.id, now });
    await notifyReportEvent(db, {
      reportId: report.id,
      actorId: user.id,
      kind: before.status === "correcting" ? "correction" : "submitted",
    });
    return { version: report.version };
  },
});

export const withdrawReportAction = defineAction({
  name: "fill.withdraw",
  input: withdrawReportSchema,
  need: TRANSITIONS.withdraw.need,
  place: (input, db) => reportPlace(db, input.reportId),
  run: async ({ db, user, input, now }) => {
    const report = await withdrawReport(db, { ...input, actorId: user.id, now });
    // The reviewers were told of the submission; they are told it is no longer waiting.
    await notifyReportEvent(db, { reportId: report.id, actorId: user.id, kind: "withdrawn" });
    return { version: report.version, status: reportStatusSchema.parse(report.status) };
  },
});
