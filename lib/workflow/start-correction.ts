import type { Db } from "@/lib/db/client";
import { transitionInTx } from "./apply-transition";
import { requireReason, type TransitionActor } from "./require-reason";

/**
 * published → correcting: the filing unit edits a working copy and resubmits;
 * the public keeps seeing the published revision until the correction is published.
 */
export async function startCorrection(db: Db, args: TransitionActor & { reason: string }) {
  const reason = requireReason(args.reason, "start_correction");
  return db.$transaction((tx) =>
    transitionInTx(tx, {
      reportId: args.reportId,
      actorId: args.actorId,
      transition: "start_correction",
      payload: { reason },
      now: args.now,
    }),
  );
}
