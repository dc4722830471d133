import { defineAction } from "@/lib/actions/define-action";
import { reportPlace } from "@/lib/actions/places";
import type { Db } from "@/lib/db/client";
import { notifyReportEvent, type NotificationKind } from "@/lib/notifications/notify";
import { z } from "@/lib/validation/zod";
import { approveReport } from "./approve-report";
import { publishReport } from "./publish-report";
import { MAX_REASON_LENGTH } from "./require-reason";
import { returnReport } from "./return-report";
import { openReview } from "./open-review";
import { startCorrection } from "./start-correction";
import { ruleOf, TRANSITIONS, type TransitionId } from "./transitions";

/** The review page's forms: the report, and a reason where the step asks for one. */
export const reviewStepSchema = z.object({
  reportId: z.string({ error: "报告不存在" }).min(1, "报告不存在").max(64, "报告不存在"),
  reason: z.string().max(MAX_REASON_LENGTH, `原因不能超过 ${MAX_REASON_LENGTH} 字`).default(""),
});

/** Outcomes the review page announces after the redirect (see DONE_MESSAGES on the page). */
type ReviewOutcome = "returned" | "approved" | "published" | "correction";

export interface ReviewDone {
  reportId: string;
  outcome: ReviewOutcome;
  revision?: number;
}

type StepArgs = { reportId: string; actorId: string; now: Date; reason: string };
type Step = (
  db: Db,
  args: StepArgs,
) => Promise<{ outcome: ReviewOutcome; revision?: number; notify?: NotificationKind }>;

/** Every review step: who may take it comes from the transition table; one transition, then notices. */
function reviewStep(name: string, transition: TransitionId, step: Step) {
  return defineAction({
    name,
    input: reviewStepSchema,
    need: ruleOf(transition).need,
    place: (input, db) => reportPlace(db, input.reportId),
    run: async ({ db, user, input, now }): Promise<ReviewDone> => {
      const { outcome, revision, notify } = await step(db, { ...input, actorId: user.id, now });
      if (notify) await notifyReportEvent(db, { reportId: input.reportId, actorId: user.id, kind: notify });
      return { reportId: input.reportId, outcome, ...(revision ? { revision } : {}) };
    },
  });
}

export const returnReportAction = reviewStep("review.return", "return", async (db, a) => {
  await returnReport(db, a);
  return { outcome: "returned", notify: "returned" };
});

export const approveReportAction = reviewStep("review.approve", "approve", async (db, a) => {
  const { publication } = await approveReport(db, a);
  return publication
    ? { outcome: "published", revision: publication.revision, notify: "published" }
    : { outcome: "approved" };
});

export const publishReportAction = reviewStep("review.publish", "publish", async (db, a) => {
  const { publication } = await publishReport(db, a);
  return { outcome: "published", revision: publication.revision, notify: "published" };
});

export const startCorrectionAction = reviewStep(
  "review.startCorrection",
  "start_correction",
  async (db, a) => {
    await startCorrection(db, a);
    return { outcome: "correction", notify: "correction_started" };
  },
);

/**
 * The review page of a submitted report, opened by someone who may review it:
 * marks the submission as opened (the clerk can no longer withdraw it). Run
 * by the page's loader, not by a form; a report in any other state is left alone.
 */
export const openReviewAction = defineAction({
  name: "review.open",
  input: z.object({ reportId: reviewStepSchema.shape.reportId }),
  need: TRANSITIONS.open_review.need,
  place: (input, db) => reportPlace(db, input.reportId),
  run: async ({ db, user, input, now }) => ({
    opened: await openReview(db, { reportId: input.reportId, actorId: user.id, now }),
  }),
});
