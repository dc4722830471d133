import type { Db } from "@/lib/db/client";
import { submitReport } from "@/lib/reports/submit-report";
import { AppError } from "@/lib/actions/app-error";

/**
 * Submits as a clerk would who has checked every warning (e.g. against last
 * year's figures): each one gets a short explanation.
 */
export async function submitExplained(db: Db, args: { reportId: string; actorId: string; version: number }) {
  const submit = (explanations: Record<string, string>) =>
    submitReport(db, { ...args, explanations, now: new Date() });
  return submit({}).catch((error: unknown) => {
    if (!(error instanceof AppError) || !Array.isArray(error.detail)) throw error;
    return submit(Object.fromEntries((error.detail as string[]).map((key) => [key, "已核实。"])));
  });
}
