import { createAccount, resetAccountPassword, toggleAccountDisabled } from "@/lib/accounts/manage-account";
import type { Done } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { accountPlace, countyPlace, filingUnitPlace } from "@/lib/actions/places";
import { createCountySchema, createFilingUnitSchema, createUserSchema, userIdSchema } from "./admin-schemas";
import { createCounty, createFilingUnit } from "./create-place";

/** The admin page's actions: places and user accounts. */

export const createCountyAction = defineAction({
  name: "admin.createCounty",
  input: createCountySchema,
  need: "administer",
  place: async () => ({ allCounties: true }),
  run: async ({ db, input }): Promise<Done> => {
    const county = await createCounty(db, input);
    return { message: `已新建县区：${county.name}` };
  },
});

export const createFilingUnitAction = defineAction({
  name: "admin.createFilingUnit",
  input: createFilingUnitSchema,
  need: "administer",
  place: (input, db) => countyPlace(db, input.countyId),
  run: async ({ db, input }): Promise<Done> => {
    const filingUnit = await createFilingUnit(db, input);
    return { message: `已新建填报单位：${filingUnit.name}` };
  },
});

export const createUserAction = defineAction({
  name: "admin.createUser",
  input: createUserSchema,
  need: "administer",
  place: async (input, db) => {
    if (input.role === "clerk") return filingUnitPlace(db, input.filingUnitId!);
    return input.countyId ? countyPlace(db, input.countyId) : { allCounties: true };
  },
  run: async ({ db, input }): Promise<Done> => {
    const { username, password } = await createAccount(db, input);
    return {
      message: `已创建用户 ${username}。一次性密码只显示这一次，请转交本人，首次登录须修改：`,
      secret: password,
    };
  },
});

export const toggleUserDisabledAction = defineAction({
  name: "admin.toggleUserDisabled",
  input: userIdSchema,
  need: "administer",
  place: (input, db) => accountPlace(db, input.userId),
  run: async ({ db, user, input }): Promise<Done> => {
    const { username, disabled } = await toggleAccountDisabled(db, user, input.userId);
    return { message: `${username} 已${disabled ? "停用" : "启用"}` };
  },
});

export const resetPasswordAction = defineAction({
  name: "admin.resetPassword",
  input: userIdSchema,
  need: "administer",
  place: (input, db) => accountPlace(db, input.userId),
  run: async ({ db, user, input }): Promise<Done> => {
    const { username, password } = await resetAccountPassword(db, user, input.userId);
    return { message: `已重置 ${username} 的密码。一次性密码只显示这一次：`, secret: password };
  },
});
