import { AppError } from "@/lib/actions/app-error";
import { defineAction } from "@/lib/actions/define-action";
import { z } from "@/lib/validation/zod";
import { TRANSITIONS } from "@/lib/workflow/transitions";
import { bulkApproveAndPublish, MAX_BULK_REPORTS, type BulkOutcome } from "./bulk-publish";

const reportIds = z
  .array(z.string().min(1).max(64), { error: "没有选择任何报告" })
  .min(1, "没有选择任何报告")
  .max(MAX_BULK_REPORTS, `一次最多处理 ${MAX_BULK_REPORTS} 份报告`);

/** The confirmation form: the county's code and one `report` field per confirmed report. */
const bulkPublishSchema = z.object({
  county: z.string({ error: "县区不存在" }).min(1, "县区不存在").max(64, "县区不存在"),
  // One selected report arrives as a single value, several as a list.
  report: z.preprocess((v) => (typeof v === "string" ? [v] : (v ?? [])), reportIds),
});

/** Approves and publishes every confirmed report; one line of outcome per report. */
export const bulkPublishAction = defineAction({
  name: "review.bulkPublish",
  input: bulkPublishSchema,
  need: TRANSITIONS.publish.need,
  place: async (input, db) => {
    const county = await db.county.findUnique({ where: { code: input.county }, select: { id: true } });
    if (!county) throw new AppError("not-found", "县区不存在");
    return { countyId: county.id };
  },
  run: async ({ db, user, input, now }): Promise<{ countyCode: string; outcomes: BulkOutcome[] }> => {
    const county = await db.county.findUniqueOrThrow({ where: { code: input.county } });
    const outcomes = await bulkApproveAndPublish(db, {
      countyId: county.id,
      reportIds: input.report,
      actorId: user.id,
      now,
    });
    return { countyCode: county.code, outcomes };
  },
});
