import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/lib/demo/demo-data";
import { clearDatabase, isEmptyDatabase, seedDemo } from "@/lib/demo/seed-demo";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

describe("demo data", () => {
  it("loads into an empty database once, with scoped accounts", async () => {
    expect(await isEmptyDatabase(t.db)).toBe(true);
    await seedDemo(t.db);
    expect(await isEmptyDatabase(t.db)).toBe(false);

    const jixian = await t.db.county.findUniqueOrThrow({
      where: { code: "jixian" },
      include: { filingUnits: true },
    });
    expect(jixian.name).toBe("吉县");
    expect(jixian.filingUnits.map((x) => x.code).sort()).toEqual(expect.arrayContaining(["qu-e", "tunli"]));
    const wuling = await t.db.filingUnit.findFirstOrThrow({
      where: { code: "wuling" },
      include: { county: true },
    });
    expect(wuling.county.code).toBe("wanzhou");
    expect(wuling.organName).toBe("重庆市万州区武陵镇人民政府");

    // The whole office's work: a street, three departments and the county government, in several states.
    const kinds = await t.db.filingUnit.groupBy({
      by: ["kind"],
      where: { countyId: jixian.id },
      _count: true,
    });
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toEqual({
      township: 4,
      street: 1,
      department: 3,
      government: 1,
    });
    const others = await t.db.report.findMany({
      where: { filingUnit: { countyId: jixian.id, kind: { not: "township" } } },
      include: { filingUnit: true, publications: true, events: true },
    });
    expect(new Set(others.map((r) => r.status))).toEqual(
      new Set(["draft", "submitted", "returned", "approved", "published"]),
    );
    for (const r of others) {
      expect(r.errorCount).toBe(0);
      expect(r.events.length).toBeGreaterThan(0);
      for (const p of r.publications) expect(p.organName).toBe(r.filingUnit.organName);
    }
    expect(
      others.find((r) => r.filingUnit.code === "zhengfu" && r.status === "published")?.publications,
    ).toHaveLength(1);

    const users = await t.db.user.findMany({ include: { filingUnit: true, county: true, accounts: true } });
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_USERS.map((u) => u.username).sort());
    const clerk = users.find((u) => u.username === "tunli-clerk")!;
    expect(clerk.role).toBe("clerk");
    expect(clerk.filingUnit?.code).toBe("tunli");
    expect(users.find((u) => u.username === "jixian-reviewer")!.county?.code).toBe("jixian");
    expect(users.find((u) => u.username === "admin")!.countyId).toBeNull();
    // Passwords are stored hashed, never in clear.
    for (const u of users) {
      expect(u.accounts).toHaveLength(1);
      expect(u.accounts[0]!.password).not.toContain("demo1234");
      expect(u.accounts[0]!.password!.length).toBeGreaterThan(40);
    }
  });

  it("can be cleared and loaded again (db:reset)", async () => {
    await clearDatabase(t.db);
    expect(await isEmptyDatabase(t.db)).toBe(true);
    await seedDemo(t.db);
    expect(await t.db.user.count()).toBe(DEMO_USERS.length);
  });
});
