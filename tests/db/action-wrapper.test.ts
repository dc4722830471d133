/**
 * The one mutation path, gate by gate, with real actions against a real
 * database: account gates, input parse, policy, domain function, and the one
 * coded result. Every refusal leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCountyAction, createFilingUnitAction, createUserAction } from "@/lib/admin/admin-actions";
import { executeAction, type Actor, type AnyActionSpec } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/authz/current-user";
import { createActor } from "./support/actors";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let globalAdmin: CurrentUser;
let countyAdmin: CurrentUser;
let countyId: string;
const now = new Date("2026-12-01T08:00:00Z");

const run = (spec: AnyActionSpec, user: Actor | null, input: unknown) =>
  executeAction(spec, { user, db: t.db, now }, input);

const countyCount = () => t.db.county.count();

beforeAll(async () => {
  t = await freshDatabase();
  countyId = (await t.db.county.create({ data: { code: "xx", name: "甲县" } })).id;
  globalAdmin = await createActor(t.db, { role: "admin" });
  countyAdmin = await createActor(t.db, { role: "admin", countyId });
});
afterAll(() => t.drop());

describe("account gates", () => {
  it("refuses an anonymous caller before reading the input", async () => {
    const result = await run(createCountyAction, null, { code: "yy", name: "乙县" });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated", message: "登录已过期，请重新登录" });
    expect(await countyCount()).toBe(1);
  });

  it("refuses a disabled account", async () => {
    const disabled = await createActor(t.db, { role: "admin", disabled: true });
    const result = await run(createCountyAction, disabled, { code: "yy", name: "乙县" });
    expect(result).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await countyCount()).toBe(1);
  });

  it("refuses an account that still has its one-time password, even an admin's", async () => {
    const fresh = await createActor(t.db, { role: "admin", mustChangePassword: true });
    const users = await t.db.user.count();
    const result = await run(createUserAction, fresh, {
      username: "new.clerk",
      name: "新用户",
      role: "admin",
    });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(result.ok ? "" : result.message).toContain("一次性密码");
    expect(await t.db.user.count()).toBe(users);
  });
});

describe("input", () => {
  it.each([null, [], "text", 42, { code: 7 }])(
    "refuses a malformed body (%j) with a Chinese message",
    async (body) => {
      const result = await run(createCountyAction, globalAdmin, body);
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      expect(result.ok ? "" : result.message).toMatch(/^[^A-Za-z]*[\u4e00-\u9fff]/);
    },
  );

  it("names the field that is wrong", async () => {
    const result = await run(createCountyAction, globalAdmin, { code: "Bad Code", name: "乙县" });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { code: expect.stringContaining("小写字母") },
    });
  });

  it.each([
    ["NUL", "乙\u0000县", "空字符"],
    ["a lone surrogate", "乙\uD800县", "代理字符"],
  ])("refuses text with %s in any field, naming it", async (_, name, says) => {
    const result = await run(createCountyAction, globalAdmin, { code: "yy", name });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: expect.stringContaining(says) },
    });
    expect(await countyCount()).toBe(1);
  });

  it("refuses input nested deeper than any form", async () => {
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const result = await run(createCountyAction, globalAdmin, { code: "yy", name: "乙县", deep });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: expect.stringContaining("嵌套层级"),
    });
  });

  it("answers an oversized field as too large", async () => {
    const result = await run(createCountyAction, globalAdmin, { code: "yy", name: "县".repeat(1_000_000) });
    expect(result).toMatchObject({ ok: false, code: "too-large", fieldErrors: { name: "名称过长" } });
  });
});

describe("policy", () => {
  it("refuses what the policy does not allow: a county admin creating a county", async () => {
    const result = await run(createCountyAction, countyAdmin, { code: "yy", name: "乙县" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await countyCount()).toBe(1);
  });

  it("refuses a place that does not exist as not found, before anything is written", async () => {
    const result = await run(createFilingUnitAction, globalAdmin, {
      countyId: "no-such-county",
      kind: "township",
      code: "tunli",
      name: "屯里镇",
      organName: "吉县屯里镇人民政府",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "not-found",
      fieldErrors: { countyId: "所选县区不存在" },
    });
    expect(await t.db.filingUnit.count()).toBe(0);
  });
});

describe("domain function and result", () => {
  it("returns the domain function's data", async () => {
    const result = await run(createCountyAction, globalAdmin, { code: "yy", name: "乙县" });
    expect(result).toEqual({ ok: true, data: { message: "已新建县区：乙县" } });
  });

  it("answers the database's unique key as a conflict, on either database", async () => {
    const result = await run(createCountyAction, globalAdmin, { code: "xx", name: "又一个甲县" });
    expect(result).toMatchObject({ ok: false, code: "conflict", message: expect.stringMatching(/已被使用/) });
  });

  it("rethrows faults that are nobody's input", async () => {
    const broken = { ...createCountyAction, run: async () => Promise.reject(new TypeError("bug")) };
    await expect(run(broken, globalAdmin, { code: "zz", name: "丙县" })).rejects.toThrow("bug");
  });
});
