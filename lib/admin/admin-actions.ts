import { createAccount, resetAccountPassword, toggleAccountDisabled } from "@/lib/accounts/manage-account";
import { renameAccount } from "@/lib/accounts/rename-account";
import type { Done } from "@/lib/actions/action-result";
import { defineAction } from "@/lib/actions/define-action";
import { accountPlace, countyPlace, filingUnitPlace } from "@/lib/actions/places";
import { kindLabel } from "@/lib/places/filing-unit-kinds";
import {
  createCountySchema,
  createFilingUnitSchema,
  createUserSchema,
  filingUnitStateSchema,
  moveClerkSchema,
  renameUserSchema,
  renameFilingUnitSchema,
  userIdSchema,
} from "./admin-schemas";
import { createCounty, createFilingUnit } from "./create-place";
import { moveClerk } from "./move-clerk";
import { renameFilingUnit } from "./rename-filing-unit";
import { reinstateFilingUnit, retireFilingUnit } from "./retire-filing-unit";

/** The admin page's actions: places, the life of a filing unit, and user accounts. */

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
  run: async ({ db, input, now }): Promise<Done> => {
    const filingUnit = await createFilingUnit(db, input, now);
    return { message: `已新建填报单位：${filingUnit.name}（${kindLabel(filingUnit.kind)}）` };
  },
});

export const renameFilingUnitAction = defineAction({
  name: "admin.renameFilingUnit",
  input: renameFilingUnitSchema,
  need: "administer",
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, input }): Promise<Done> => {
    const { before, after, changed } = await renameFilingUnit(db, input);
    if (!changed) return { message: `${before}的名称和机关全称没有变化` };
    return { message: `已将${before}改名为${after}；已公开的报告仍署原名称` };
  },
});

export const retireFilingUnitAction = defineAction({
  name: "admin.retireFilingUnit",
  input: filingUnitStateSchema,
  need: "administer",
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, input, now }): Promise<Done> => {
    const unit = await retireFilingUnit(db, input, now);
    return { message: `${unit.name}已停用：不再接收新报告，历年报告和已公开的报告保留` };
  },
});

export const reinstateFilingUnitAction = defineAction({
  name: "admin.reinstateFilingUnit",
  input: filingUnitStateSchema,
  need: "administer",
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, input, now }): Promise<Done> => {
    const unit = await reinstateFilingUnit(db, input, now);
    return { message: `${unit.name}已恢复在用` };
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

export const moveClerkAction = defineAction({
  name: "admin.moveClerk",
  input: moveClerkSchema,
  need: "administer",
  // The unit moved to; moveClerk checks the clerk's present unit too.
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, user, input }): Promise<Done> => {
    const { username, unit, moved } = await moveClerk(db, user, input);
    if (!moved) return { message: `${username} 已属于${unit.county.name} · ${unit.name}` };
    return { message: `已将填报人 ${username} 调整到${unit.county.name} · ${unit.name}` };
  },
});

export const renameUserAction = defineAction({
  name: "admin.renameUser",
  input: renameUserSchema,
  need: "administer",
  place: (input, db) => accountPlace(db, input.userId),
  run: async ({ db, input }): Promise<Done> => {
    const user = await renameAccount(db, input);
    return { message: `已更名：${user.username}（${user.name}）` };
  },
});
