import { AppError } from "@/lib/actions/app-error";
import type { FormatDef } from "@/lib/format/types";
import { computeTotals, reportDataSchema, type ReportData } from "@/lib/format/report-data";

/**
 * Server-side truth for report content: the zod schema derived from the
 * format, then totals recomputed here whatever the client sent.
 */
export function validateReportData(format: FormatDef, input: unknown): ReportData {
  const parsed = reportDataSchema(format).safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => {
      const where = i.path.length ? `（${i.path.join(".")}）` : "";
      return `${i.message}${where}`;
    });
    throw new AppError("invalid", `报告内容有误，未保存：${issues.join("；")}`, {
      detail: parsed.error.issues.slice(0, 20),
    });
  }
  return computeTotals(format, parsed.data);
}
