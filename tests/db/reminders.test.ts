/**
 * 催办 against a real database: who is reminded (not started, not submitted,
 * returned), what the clerks are told, what the history and the dashboard keep.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { remindFilingUnits } from "@/lib/reminders/remind-filing-units";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { beijing, makeActors, makeCounty, reportInState } from "./dashboard-fixtures";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let actors: Awaited<ReturnType<typeof makeActors>>;
let made: Awaited<ReturnType<typeof makeCounty>>;
const year = 2026;
const clerkOf = (i: number) => `rm-clerk-${i}`;

beforeAll(async () => {
  t = await freshDatabase();
  actors = await makeActors(t.db);
  made = await makeCounty(t.db, "rm", ["a", "b", "c", "d"]);
  await t.db.county.update({ where: { id: made.county.id }, data: { defaultDeadline: "01-31" } });
  for (const [i, filingUnit] of made.filingUnits.entries())
    await t.db.user.create({
      data: {
        id: clerkOf(i),
        name: `填报人${i}`,
        email: `rm${i}@x.invalid`,
        role: "clerk",
        filingUnitId: filingUnit.id,
      },
    });
  const [, b, c, d] = made.filingUnits.map((x) => x.id);
  // a: not started; b: draft; c: returned; d: submitted.
  await reportInState(t.db, { filingUnitId: b!, year, state: "draft", actors });
  await reportInState(t.db, { filingUnitId: c!, year, state: "returned", actors });
  await reportInState(t.db, { filingUnitId: d!, year, state: "submitted", actors });
});
afterAll(() => t.drop());

describe("remindFilingUnits", () => {
  it("reminds the filing units not yet submitted, skips the rest, and tells each clerk the deadline and days left", async () => {
    const now = beijing("2027-01-21");
    const result = await remindFilingUnits(t.db, {
      countyId: made.county.id,
      year,
      filingUnitIds: made.filingUnits.map((x) => x.id),
      actorId: actors.reviewer,
      now,
    });
    expect(result).toEqual({
      reminded: [
        { filingUnitName: "a镇", daysLeft: 10 },
        { filingUnitName: "b镇", daysLeft: 10 },
        { filingUnitName: "c镇", daysLeft: 10 },
      ],
      skipped: ["d镇"],
    });

    const notices = await t.db.notification.findMany({
      where: { kind: "reminder" },
      orderBy: { userId: "asc" },
    });
    expect(notices.map((n) => n.userId)).toEqual([clerkOf(0), clerkOf(1), clerkOf(2)]);
    expect(notices[0]!.message).toBe(
      "催办：a镇2026年度报告尚未开始填报，公开截止日期 2027-01-31（还有 10 天），请尽快填报并提交审核",
    );
    expect(notices[0]!.link).toBe("/fill/rm/a/2026");

    // In the report's history where there is a report.
    const events = await t.db.reportEvent.findMany({ where: { action: "remind" } });
    expect(events).toHaveLength(2);
    expect(events[0]!.payload).toEqual({ deadline: "2027-01-31", daysLeft: 10 });

    // The dashboard shows the date of the last reminder, not-started filing units included.
    const model = await loadDashboardModel(t.db, {
      county: made.county,
      searchParams: { year: String(year) },
      now: beijing("2027-01-22"),
    });
    const reminded = Object.fromEntries(
      model.rows.map((r) => [r.filingUnitCode, r.lastRemindedAt?.getTime() ?? null]),
    );
    expect(reminded).toEqual({ a: now.getTime(), b: now.getTime(), c: now.getTime(), d: null });
  });

  it("refuses an empty choice and filing units of another county", async () => {
    const args = { countyId: made.county.id, year, actorId: actors.reviewer, now: new Date() };
    await expect(remindFilingUnits(t.db, { ...args, filingUnitIds: [] })).rejects.toMatchObject({
      code: "invalid",
    });
    const other = await makeCounty(t.db, "rm-other", ["z"]);
    await expect(
      remindFilingUnits(t.db, { ...args, filingUnitIds: [other.filingUnits[0]!.id] }),
    ).rejects.toMatchObject({
      code: "not-found",
    });
  });

  it("tells the county government its own statutory deadline, 31 March", async () => {
    const government = await t.db.filingUnit.create({
      data: {
        countyId: made.county.id,
        kind: "government",
        code: "gov",
        name: "县人民政府",
        organName: "rm县人民政府",
      },
    });
    const result = await remindFilingUnits(t.db, {
      countyId: made.county.id,
      year,
      filingUnitIds: [government.id],
      actorId: actors.reviewer,
      now: beijing("2027-01-21"),
    });
    expect(result.reminded).toEqual([{ filingUnitName: "县人民政府", daysLeft: 69 }]);
    const reminder = await t.db.reminder.findFirstOrThrow({ where: { filingUnitId: government.id } });
    expect(reminder.deadline).toBe("2027-03-31");
  });
});
