import { runChecks } from "@/lib/checks/run-checks";
import type { Db } from "@/lib/db/client";
import type { ReportData } from "@/lib/format/report-data";
import { AppError } from "@/lib/actions/app-error";
import { applyTransition } from "@/lib/workflow/apply-transition";
import { buildCheckContext } from "./check-context";
import { loadReportWithFormat } from "./load-report-with-format";
import { countBySeverity, findingKey } from "./finding-key";

export const MAX_EXPLANATION_LENGTH = 500;

export interface SubmitReportInput {
  reportId: string;
  actorId: string;
  version: number;
  /** Explanation of each warning, keyed by findingKey. */
  explanations: Record<string, string>;
  now: Date;
}

/**
 * Submits the stored version for review. Refused while any error remains or a
 * warning lacks an explanation; the explanations travel with the submit event.
 */
export async function submitReport(db: Db, input: SubmitReportInput) {
  const { report, format } = await loadReportWithFormat(db, input.reportId);
  const findings = runChecks(format, report.data as unknown as ReportData, await buildCheckContext(db, report, input.now));
  const counts = countBySeverity(findings);
  if (counts.errors > 0)
    throw new AppError("invalid", `报告还有 ${counts.errors} 个错误，改正后才能提交`, {
      detail: findings.filter((f) => f.severity === "error"),
    });

  const explanations: Record<string, string> = {};
  const missing: string[] = [];
  for (const warning of findings.filter((f) => f.severity === "warning")) {
    const key = findingKey(warning);
    const text = (input.explanations[key] ?? "").trim();
    if (!text) missing.push(key);
    else if (text.length > MAX_EXPLANATION_LENGTH)
      throw new AppError("invalid", `每条说明不能超过 ${MAX_EXPLANATION_LENGTH} 字`);
    else explanations[key] = text;
  }
  if (missing.length > 0)
    throw new AppError("invalid", `还有 ${missing.length} 条警告未填写说明`, { detail: missing });

  return applyTransition(db, {
    reportId: report.id,
    actorId: input.actorId,
    transition: "submit",
    expectedVersion: input.version,
    // A new submission is unopened: the clerk may withdraw it until a reviewer opens it.
    changes: { submittedAt: input.now, reviewOpenedAt: null, errorCount: 0, warningCount: counts.warnings },
    payload: {
      version: input.version + 1,
      errorCount: 0,
      warningCount: counts.warnings,
      explanations,
      data: report.data,
    },
  });
}
