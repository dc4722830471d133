import { z } from "@/lib/validation/zod";

/**
 * Inputs of the county's reporting calendar settings, shared by the admin
 * forms and the domain functions (which parse again: scripts call them too).
 */

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day; 02-29 is allowed as a month-day because some years have it. */
function isRealDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function isMonthDay(value: string): boolean {
  const m = MONTH_DAY.exec(value);
  return Boolean(m && isRealDay(2000, Number(m[1]), Number(m[2])));
}

export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return Boolean(m && isRealDay(Number(m[1]), Number(m[2]), Number(m[3])));
}

/** The first report year under the 2008 regulations; nothing earlier is ever reported here. */
const FIRST_REPORT_YEAR = 2008;

export const monthDaySchema = z
  .string()
  .trim()
  .refine(isMonthDay, "默认截止日期应为次年的“月-日”，例如 01-31");

export const countySettingsSchema = z.object({
  defaultDeadline: monthDaySchema,
  approvalPublishes: z.boolean(),
  /** Reports sent before their year has ended: refused (D-02 an error) rather than explained. */
  blockEarlySubmission: z.boolean(),
});
export type CountySettings = z.infer<typeof countySettingsSchema>;

export const reportingYearInputSchema = z
  .object({
    year: z.coerce
      .number({ error: "请填写报告年度" })
      .int("报告年度应为整数")
      .min(FIRST_REPORT_YEAR, `报告年度不能早于 ${FIRST_REPORT_YEAR} 年`)
      .max(2100, "报告年度不正确"),
    /** YYYY-MM-DD; absent means the county's default. */
    deadline: z.string().trim().refine(isIsoDay, "截止日期应为“年-月-日”，例如 2026-01-31").optional(),
  })
  .refine((v) => !v.deadline || v.deadline.slice(0, 4) === String(v.year + 1), {
    message: "截止日期应在报告年度的次年",
    path: ["deadline"],
  });

const countyIdSchema = z.string({ error: "请选择县区" }).min(1, "请选择县区").max(64, "请选择县区");

/** The reporting-years page's form: a year to open (or re-date) in one county. */
export const openReportingYearFormSchema = z.object({
  countyId: countyIdSchema,
  year: z.string({ error: "请填写报告年度" }).max(8, "报告年度不正确"),
  deadline: z.string().max(20, "截止日期应为“年-月-日”，例如 2026-01-31").optional(),
});

/**
 * The county settings form: radio "1" publishes on approval, "0" publishes
 * separately; "1" refuses reports sent before their year has ended.
 */
export const countySettingsFormSchema = z.object({
  countyId: countyIdSchema,
  defaultDeadline: monthDaySchema,
  approvalPublishes: z.enum(["0", "1"], { error: "请选择审核通过后是否即公开" }).transform((v) => v === "1"),
  blockEarlySubmission: z
    .enum(["0", "1"], { error: "请选择报告年度结束前是否允许提交" })
    .transform((v) => v === "1"),
});
