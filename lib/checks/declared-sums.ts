import { numberReader, sumOrNull } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/** Float totals must not fail on representation noise; counts are integers anyway. */
const TOLERANCE = 1e-9;

/** A check over the format's SumRules of one check id (T3-02, T3-03, T4-01..03). */
function sumCheck(id: string, description: string): Check {
  return {
    id,
    severity: "error",
    description,
    formats: GOV_FORMATS,
    run(format, data) {
      if (!isGovData(data)) return [];
      const value = numberReader(format, data);
      return format.sums
        .filter((rule) => rule.checkId === id)
        .flatMap((rule): Finding[] => {
          const reported = value(rule.target);
          const computed = sumOrNull(rule.terms.map(value));
          if (reported === null || computed === null || Math.abs(reported - computed) <= TOLERANCE) return [];
          return [
            {
              id,
              severity: "error",
              cells: [rule.target, ...rule.terms],
              reported,
              computed,
              message: `${rule.targetLabel}（${reported}）应等于${rule.termsLabel}（${computed}）：${rule.scopeLabel}`,
            },
          ];
        });
    },
  };
}

export const declaredSumChecks: readonly Check[] = [
  sumCheck("T3-02", "申请情况表每列：（七）总计应等于（一）至（六）各项办理结果之和"),
  sumCheck("T3-03", "申请情况表每行：总计应等于自然人与法人或其他组织各列之和"),
  sumCheck("T4-01", "行政复议：总计应等于结果维持、结果纠正、其他结果、尚未审结之和"),
  sumCheck("T4-02", "未经复议直接起诉：总计应等于结果维持、结果纠正、其他结果、尚未审结之和"),
  sumCheck("T4-03", "复议后起诉：总计应等于结果维持、结果纠正、其他结果、尚未审结之和"),
];
