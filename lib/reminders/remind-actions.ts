import type { Done } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { countyPlace } from "@/lib/actions/places";
import { z } from "@/lib/validation/zod";
import { remindFilingUnits } from "./remind-filing-units";

const PICK = "请先选择要催办的单位";

/** The dashboard's 催办 form: the county, the year, and one or more ticked filing units. */
const remindFilingUnitsSchema = z.object({
  countyId: z.string({ error: "县区不存在" }).min(1, "县区不存在").max(64, "县区不存在"),
  year: z.coerce
    .number({ error: "报告年度无效" })
    .int("报告年度无效")
    .min(2000, "报告年度无效")
    .max(2100, "报告年度无效"),
  // A form sends one ticked box as a string, several as a list.
  filingUnit: z
    .union([z.string(), z.array(z.string())], { error: PICK })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .pipe(z.array(z.string().min(1, PICK).max(64, PICK)).min(1, PICK).max(1000, "一次最多催办 1000 个单位")),
});

export const remindFilingUnitsAction = defineAction({
  name: "review.remind",
  input: remindFilingUnitsSchema,
  need: "review",
  place: (input, db) => countyPlace(db, input.countyId),
  run: async ({ db, user, input, now }): Promise<Done> => {
    const result = await remindFilingUnits(db, {
      countyId: input.countyId,
      year: input.year,
      filingUnitIds: input.filingUnit,
      actorId: user.id,
      now,
    });
    const skipped = result.skipped.length ? `；${result.skipped.join("、")}已提交，无需催办` : "";
    return {
      message: result.reminded.length
        ? `已催办 ${result.reminded.length} 个单位：${result.reminded.map((r) => r.filingUnitName).join("、")}${skipped}`
        : `没有需要催办的单位${skipped}`,
    };
  },
});
