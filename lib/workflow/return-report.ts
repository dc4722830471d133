import type { Db } from "@/lib/db/client";
import { transitionInTx } from "./apply-transition";
import { requireReason, type TransitionActor } from "./require-reason";

/** submitted → returned, with the reason the clerk will see. */
export async function returnReport(db: Db, args: TransitionActor & { reason: string }) {
  const reason = requireReason(args.reason, "return");
  return db.$transaction((tx) =>
    transitionInTx(tx, {
      reportId: args.reportId,
      actorId: args.actorId,
      transition: "return",
      payload: { reason },
      now: args.now,
    }),
  );
}
