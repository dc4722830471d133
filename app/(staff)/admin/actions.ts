"use server";
import { revalidatePath } from "next/cache";
import { createUser, setUserPassword } from "@/lib/accounts/create-user";
import { generateOneTimePassword } from "@/lib/accounts/one-time-password";
import { formValues, type ActionState } from "@/lib/admin/action-state";
import {
  createCountySchema,
  createTownshipSchema,
  createUserSchema,
  userIdSchema,
} from "@/lib/admin/admin-schemas";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { canAdministerAll, canAdministerCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";

async function run(work: () => Promise<ActionState>): Promise<ActionState> {
  try {
    const result = await work();
    revalidatePath("/admin");
    return result;
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.message };
    if (error && typeof error === "object" && "code" in error && error.code === "P2002")
      return { ok: false, message: "代码或用户名已存在，请换一个" };
    throw error;
  }
}

function firstIssue(issues: { message: string }[]): ActionState {
  return { ok: false, message: issues[0]?.message ?? "输入有误" };
}

export async function createCountyAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const admin = await actionUser(["admin"]);
    if (!canAdministerAll(admin)) throw new ActionError("只有全局管理员可以新建县区");
    const parsed = createCountySchema.safeParse(formValues(form));
    if (!parsed.success) return firstIssue(parsed.error.issues);
    await db.county.create({ data: parsed.data });
    await invalidateAllPublicData();
    return { ok: true, message: `已新建县区：${parsed.data.name}` };
  });
}

export async function createTownshipAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const admin = await actionUser(["admin"]);
    const parsed = createTownshipSchema.safeParse(formValues(form));
    if (!parsed.success) return firstIssue(parsed.error.issues);
    if (!canAdministerCounty(admin, parsed.data.countyId)) throw new ActionError("无权管理该县区");
    await db.township.create({ data: parsed.data });
    await invalidateAllPublicData();
    return { ok: true, message: `已新建乡镇：${parsed.data.name}` };
  });
}

export async function createUserAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const admin = await actionUser(["admin"]);
    const parsed = createUserSchema.safeParse(formValues(form));
    if (!parsed.success) return firstIssue(parsed.error.issues);
    const input = parsed.data;
    let countyId: string | null = null;
    let townshipId: string | null = null;
    if (input.role === "clerk") {
      const township = await db.township.findUnique({ where: { id: input.townshipId! } });
      if (!township) return { ok: false, message: "所选乡镇不存在" };
      if (!canAdministerCounty(admin, township.countyId)) throw new ActionError("无权管理该乡镇");
      townshipId = township.id;
    } else if (input.countyId) {
      if (!canAdministerCounty(admin, input.countyId)) throw new ActionError("无权管理该县区");
      countyId = input.countyId;
    } else if (!canAdministerAll(admin)) {
      throw new ActionError("只有全局管理员可以创建不限县区的管理员");
    }
    const password = generateOneTimePassword();
    await createUser(db, { ...input, countyId, townshipId, password, mustChangePassword: true });
    return {
      ok: true,
      message: `已创建用户 ${input.username}。一次性密码只显示这一次，请转交本人，首次登录须修改：`,
      secret: password,
    };
  });
}

async function scopedUser(adminScope: Awaited<ReturnType<typeof actionUser>>, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, include: { township: true } });
  if (!user) throw new ActionError("用户不存在");
  const county = user.countyId ?? user.township?.countyId ?? null;
  const allowed = county ? canAdministerCounty(adminScope, county) : canAdministerAll(adminScope);
  if (!allowed || user.id === adminScope.id) throw new ActionError("无权管理该用户");
  return user;
}

export async function toggleUserDisabledAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const admin = await actionUser(["admin"]);
    const parsed = userIdSchema.safeParse(formValues(form));
    if (!parsed.success) return firstIssue(parsed.error.issues);
    const user = await scopedUser(admin, parsed.data.userId);
    const disabled = !user.disabled;
    await db.$transaction([
      db.user.update({ where: { id: user.id }, data: { disabled } }),
      db.session.deleteMany({ where: { userId: user.id } }),
    ]);
    return { ok: true, message: `${user.username} 已${disabled ? "停用" : "启用"}` };
  });
}

export async function resetPasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const admin = await actionUser(["admin"]);
    const parsed = userIdSchema.safeParse(formValues(form));
    if (!parsed.success) return firstIssue(parsed.error.issues);
    const user = await scopedUser(admin, parsed.data.userId);
    const password = generateOneTimePassword();
    await setUserPassword(db, user.id, password, true);
    return {
      ok: true,
      message: `已重置 ${user.username} 的密码。一次性密码只显示这一次：`,
      secret: password,
    };
  });
}
