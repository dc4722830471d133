/**
 * Admins rename accounts (name and username) with the rules that create them;
 * the audit trail keeps the name each actor had when they acted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/accounts/create-user";
import { executeAction } from "@/lib/actions/define-action";
import { renameUserAction } from "@/lib/admin/admin-actions";
import { seedDemo } from "@/lib/demo/seed-demo";
import { createActor } from "./support/actors";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
  await seedDemo(t.db);
});
afterAll(() => t.drop());

const rename = async (input: Record<string, unknown>) =>
  executeAction(
    renameUserAction,
    { user: await createActor(t.db, { role: "admin" }), db: t.db, now: new Date() },
    input,
  );

describe("renaming an account", () => {
  it("changes name and username; the history keeps the name the clerk had when acting", async () => {
    const clerk = await t.db.user.findUniqueOrThrow({ where: { username: "fagai-clerk" } });
    const before = await t.db.reportEvent.findMany({ where: { actorId: clerk.id } });
    expect(before.length).toBeGreaterThan(0);

    const result = await rename({ userId: clerk.id, username: "Fagai-Li", name: "李填报" });
    expect(result).toMatchObject({ ok: true });
    const renamed = await t.db.user.findUniqueOrThrow({ where: { id: clerk.id } });
    expect(renamed).toMatchObject({ username: "fagai-li", displayUsername: "Fagai-Li", name: "李填报" });
    const after = await t.db.reportEvent.findMany({ where: { actorId: clerk.id } });
    expect(after.map((e) => e.actorName)).toEqual(before.map((e) => e.actorName));
    expect(new Set(after.map((e) => e.actorName))).toEqual(new Set(["县发改局填报人"]));
  });

  it("refuses a username in use, and names outside the rules that create users, in Chinese", async () => {
    const clerk = await t.db.user.findUniqueOrThrow({ where: { username: "ziran-clerk" } });
    expect(await rename({ userId: clerk.id, username: "tunli-clerk", name: "某人" })).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { username: "用户名 tunli-clerk 已被使用" },
    });
    const bad = await rename({ userId: clerk.id, username: "有 空格", name: "名".repeat(1_000) });
    // Too long counts as too large (the wrapper's code for any over-long value); both fields are named.
    expect(bad).toMatchObject({
      ok: false,
      code: "too-large",
      fieldErrors: { username: "用户名只能包含字母、数字、点、下划线和连字符", name: "姓名过长" },
    });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: clerk.id } })).toMatchObject({
      username: "ziran-clerk",
      name: "县自然资源局填报人",
    });
  });

  it("is for admins only: a clerk cannot rename anyone, themselves included", async () => {
    const clerk = await createUser(t.db, {
      username: "self-namer",
      name: "自己",
      role: "clerk",
      filingUnitId: (await t.db.filingUnit.findFirstOrThrow({ where: { code: "jiaoyu" } })).id,
      password: "pass-1234567",
      mustChangePassword: false,
    });
    const asClerk = await createActor(t.db, {
      role: "clerk",
      filingUnitId: clerk.filingUnitId,
    });
    const result = await executeAction(
      renameUserAction,
      { user: asClerk, db: t.db, now: new Date() },
      { userId: asClerk.id, username: "jixian-reviewer-2", name: "吉县审核人" },
    );
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
  });
});
