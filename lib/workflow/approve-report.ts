import { AppError } from "@/lib/actions/app-error";
import type { Db } from "@/lib/db/client";
import { transitionInTx } from "./apply-transition";
import { publishInTx } from "./publish-in-tx";
import type { TransitionActor } from "./require-reason";

/** submitted → approved; in a county that publishes on approval, on to published in the same transaction. */
export async function approveReport(db: Db, args: TransitionActor) {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: args.reportId },
      include: { filingUnit: { include: { county: true } } },
    });
    if (!report) throw new AppError("not-found", "报告不存在");
    const approved = await transitionInTx(tx, {
      reportId: args.reportId,
      actorId: args.actorId,
      transition: "approve",
      payload: {},
      now: args.now,
    });
    if (!report.filingUnit.county.approvalPublishes) return { report: approved, publication: null };
    return publishInTx(tx, args);
  });
}
