/**
 * Bulk approve-and-publish: each selected report goes through the workflow
 * functions on its own; refusals (wrong state, another county, unknown id)
 * come back per report and never stop the others.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulkApproveAndPublish } from "@/lib/review/bulk-publish";
import { loadBulkSelection } from "@/lib/review/load-bulk-selection";
import { remindFilingUnits } from "@/lib/reminders/remind-filing-units";
import { loadDashboardModel } from "@/lib/review/dashboard-model";
import { beijing, makeActors, makeCounty, reportInState } from "./dashboard-fixtures";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let actors: { clerk: string; reviewer: string };

beforeAll(async () => {
  t = await freshDatabase();
  actors = await makeActors(t.db);
});
afterAll(() => t.drop());

describe("bulkApproveAndPublish", () => {
  it("publishes submitted and approved reports and refuses the rest, one line each", async () => {
    const { county, filingUnits } = await makeCounty(t.db, "bulk", ["a", "b", "c", "d"]);
    const other = await makeCounty(t.db, "bulk-other", ["x"]);
    const [a, b, c, d] = filingUnits.map((x) => x.id);
    const submitted = await reportInState(t.db, { filingUnitId: a!, year: 2025, state: "submitted", actors });
    const approved = await reportInState(t.db, { filingUnitId: b!, year: 2025, state: "approved", actors });
    const draft = await reportInState(t.db, { filingUnitId: c!, year: 2025, state: "draft", actors });
    const published = await reportInState(t.db, { filingUnitId: d!, year: 2025, state: "published", actors });
    const foreign = await reportInState(t.db, {
      filingUnitId: other.filingUnits[0]!.id,
      year: 2025,
      state: "submitted",
      actors,
    });

    const selection = await loadBulkSelection(t.db, {
      countyId: county.id,
      reportIds: [submitted, approved, draft, published, foreign, "nope"],
    });
    expect(selection.map((s) => [s.filingUnitCode, s.eligible])).toEqual([
      ["a", true],
      ["b", true],
      ["c", false],
      ["d", false],
    ]);

    const now = beijing("2026-01-20");
    const outcomes = await bulkApproveAndPublish(t.db, {
      countyId: county.id,
      reportIds: [submitted, approved, draft, published, foreign, "nope", submitted],
      actorId: actors.reviewer,
      now,
    });
    expect(outcomes.map((o) => [o.filingUnitName, o.ok])).toEqual([
      ["a镇", true],
      ["b镇", true],
      ["c镇", false],
      ["d镇", false],
      ["—", false],
      ["—", false],
    ]);
    expect(outcomes[0]!.message).toBe("已通过并公开（第 1 版）");
    expect(outcomes[2]!.message).toContain("填写中");
    expect(outcomes[3]!.message).toContain("已公开");
    expect(outcomes[4]!.message).toBe("报告不存在或不属于本县区");

    const after = await t.db.report.findMany({
      where: { id: { in: [submitted, approved, draft, foreign] } },
    });
    const status = Object.fromEntries(after.map((r) => [r.id, r.status]));
    expect(status[submitted]).toBe("published");
    expect(status[approved]).toBe("published");
    expect(status[draft]).toBe("draft");
    expect(status[foreign]).toBe("submitted");
    const publication = await t.db.publication.findFirstOrThrow({ where: { reportId: submitted } });
    expect(publication.publishedAt?.toISOString()).toBe(now.toISOString());
    const actions = (
      await t.db.reportEvent.findMany({ where: { reportId: submitted, actorId: actors.reviewer } })
    ).map((e) => e.action);
    expect(actions.sort()).toEqual(["approve", "publish"]);
  });

  it("in a county that publishes on approval, approves once and publishes once", async () => {
    const { county, filingUnits } = await makeCounty(t.db, "bulk-one", ["a"], true);
    const id = await reportInState(t.db, {
      filingUnitId: filingUnits[0]!.id,
      year: 2025,
      state: "submitted",
      actors,
    });
    const [outcome] = await bulkApproveAndPublish(t.db, {
      countyId: county.id,
      reportIds: [id],
      actorId: actors.reviewer,
      now: beijing("2026-01-20"),
    });
    expect(outcome).toMatchObject({ ok: true, message: "已通过并公开（第 1 版）" });
    expect(await t.db.publication.count({ where: { reportId: id } })).toBe(1);
  });

  it("works across kinds of unit: a department, a street and the county government in one selection", async () => {
    const { county, filingUnits } = await makeCounty(t.db, "bulk-kinds", [
      "t",
      { code: "d", kind: "department" },
      { code: "s", kind: "street" },
      { code: "g", kind: "government" },
    ]);
    const [town, dept, street, gov] = filingUnits.map((x) => x.id);
    const ids = [];
    for (const id of [town!, dept!, gov!])
      ids.push(await reportInState(t.db, { filingUnitId: id, year: 2025, state: "submitted", actors }));
    const selection = await loadBulkSelection(t.db, { countyId: county.id, reportIds: ids });
    // The dashboard's order: the government's own report, townships and streets, departments.
    expect(selection.map((s) => [s.filingUnitName, s.kind, s.eligible])).toEqual([
      ["g县人民政府", "government", true],
      ["t镇", "township", true],
      ["d局", "department", true],
    ]);
    const outcomes = await bulkApproveAndPublish(t.db, {
      countyId: county.id,
      reportIds: ids,
      actorId: actors.reviewer,
      now: beijing("2026-01-20"),
    });
    expect(outcomes.every((o) => o.ok)).toBe(true);

    // 催办 reaches a street that has not started, whichever group the dashboard shows.
    const reminded = await remindFilingUnits(t.db, {
      countyId: county.id,
      year: 2025,
      filingUnitIds: [street!, dept!],
      actorId: actors.reviewer,
      now: beijing("2026-01-21"),
    });
    expect(reminded).toEqual({ reminded: [{ filingUnitName: "s街道", daysLeft: 10 }], skipped: ["d局"] });
    const local = await loadDashboardModel(t.db, {
      county,
      searchParams: { year: "2025", group: "local" },
      now: beijing("2026-01-22"),
    });
    expect(local.rows.map((r) => [r.filingUnitCode, r.status, r.lastRemindedAt !== null])).toEqual([
      ["s", "not_started", true],
      ["t", "published", false],
    ]);
    expect(local.groups.all).toEqual({ total: 4, published: 3 });
  });
});
