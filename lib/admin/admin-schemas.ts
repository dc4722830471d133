import { z } from "@/lib/validation/zod";
import { roleSchema } from "@/lib/authz/roles";
import { FILING_UNIT_KINDS } from "@/lib/places/filing-unit-kinds";
import { monthDaySchema } from "@/lib/reporting/reporting-settings";

/** Ids chosen from a list; never longer than a generated id. */
const idSchema = (message: string) => z.string({ error: message }).min(1, message).max(64, message);

const code = z
  .string()
  .trim()
  .min(2, "代码至少 2 个字符")
  .max(32, "代码不能超过 32 个字符")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "代码只能包含小写字母、数字和连字符，例如 qu-e");

const chineseName = z.string().trim().min(2, "名称至少 2 个字").max(40, "名称过长");

export const createCountySchema = z.object({
  code,
  name: chineseName,
  defaultDeadline: monthDaySchema.default("01-31"),
});

const organName = z.string().trim().min(4, "请填写机关全称，例如 吉县屯里镇人民政府").max(60, "机关全称过长");

export const createFilingUnitSchema = z.object({
  countyId: idSchema("请选择县区"),
  kind: z.enum(FILING_UNIT_KINDS, { error: "请选择单位类别" }),
  // /reports/<county>/<four digits> is the county's year, so a filing unit cannot be called that.
  code: code.refine((value) => !/^\d{4}$/.test(value), "单位代码不能是四位数字（会与“县区/年度”网址冲突）"),
  name: chineseName,
  organName,
});

/** The unit's version as the form saw it: a stale form is refused, not applied over someone else's change. */
const unitVersion = z.coerce
  .number({ error: "版本号有误，请刷新页面" })
  .int("版本号有误，请刷新页面")
  .min(1, "版本号有误，请刷新页面")
  .max(2_147_483_647, "版本号有误，请刷新页面");

const filingUnitId = idSchema("所选单位不存在");

/** Rename: the name and the organ name; the code stays, since every URL of the unit uses it. */
export const renameFilingUnitSchema = z.object({
  filingUnitId,
  version: unitVersion,
  name: chineseName,
  organName,
});

/** Retire or reinstate one unit. */
export const filingUnitStateSchema = z.object({ filingUnitId, version: unitVersion });

/** Move a clerk to another filing unit. */
export const moveClerkSchema = z.object({
  userId: idSchema("请选择填报人"),
  filingUnitId: idSchema("请选择填报单位"),
});

const username = z
  .string()
  .trim()
  .min(2, "用户名至少 2 个字符")
  .max(64, "用户名过长")
  .regex(/^[a-z0-9][a-z0-9._-]*$/i, "用户名只能包含字母、数字、点、下划线和连字符");
const personName = z.string().trim().min(2, "请填写姓名或称谓").max(40, "姓名过长");

export const createUserSchema = z
  .object({
    username,
    name: personName,
    role: roleSchema,
    filingUnitId: idSchema("请选择填报单位").optional(),
    countyId: idSchema("请选择县区").optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === "clerk" && !v.filingUnitId)
      ctx.addIssue({ code: "custom", path: ["filingUnitId"], message: "填报人须指定所属填报单位" });
    if (v.role === "reviewer" && !v.countyId)
      ctx.addIssue({ code: "custom", path: ["countyId"], message: "审核人须指定所属县区" });
  });

export const userIdSchema = z.object({ userId: idSchema("用户不存在") });

/** An admin renames an account with the rules that created it; nobody renames themselves. */
export const renameUserSchema = z.object({ userId: idSchema("用户不存在"), username, name: personName });
export type RenameUserInput = z.infer<typeof renameUserSchema>;
export type CreateCountyInput = z.infer<typeof createCountySchema>;
export type CreateFilingUnitInput = z.infer<typeof createFilingUnitSchema>;
export type CreateUserInput = z.infer<typeof createUserSchema>;
export type RenameFilingUnitInput = z.infer<typeof renameFilingUnitSchema>;
export type FilingUnitStateInput = z.infer<typeof filingUnitStateSchema>;
export type MoveClerkInput = z.infer<typeof moveClerkSchema>;
