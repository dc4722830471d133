import type { Db } from "@/lib/db/client";
import { transitionInTx } from "./apply-transition";
import { requireReason, type TransitionActor } from "./require-reason";

/**
 * published → correcting: the filing unit edits a working copy and resubmits;
 * the public keeps seeing the published revision until the correction is published.
 */
export async function startCorrection(db: Db, args: TransitionActor & { reason: string }) {
  const reason = requireReason(args.reason, "更正原因");
  return db.$transaction((tx) =>
    transitionInTx(tx, {
      reportId: args.reportId,
      actorId: args.actorId,
      action: "start_correction",
      verb: "发起更正",
      from: ["published"],
      to: "correcting",
      payload: { reason },
      now: args.now,
    }),
  );
}
