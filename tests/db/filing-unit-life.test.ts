/**
 * A filing unit's life through the admin's actions, on SQLite and PostgreSQL:
 * created of any kind (one county government in use per county), renamed
 * (the code stays; what was published keeps the organ name it was published
 * under), retired (no new report, import or clerk; its history stays readable
 * and public) and reinstated; clerks moved between units.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { executeAction, type AnyActionSpec } from "@/lib/actions/define-action";
import * as admin from "@/lib/admin/admin-actions";
import { ensureNoOtherGovernment } from "@/lib/admin/one-government";
import type { CurrentUser } from "@/lib/authz/current-user";
import { canFillFilingUnit, canReadFilingUnit, canReviewCounty } from "@/lib/authz/policy";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { saveArchiveFile } from "@/lib/import/archive/save-archive-file";
import { previewImportAction } from "@/lib/import/import-actions";
import { importText } from "@/lib/import/import-report";
import { recordImportedReport } from "@/lib/import/record-imported-report";
import { listPublishedReports } from "@/lib/publications/list-published-reports";
import { loadPublicReport } from "@/lib/publications/load-public-report";
import { reportTitle } from "@/lib/publications/report-title";
import { remindFilingUnits } from "@/lib/reminders/remind-filing-units";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { loadDashboard } from "@/lib/review/load-dashboard";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { createActor } from "./support/actors";
import { completeReport } from "./support/complete-report";
import { submitExplained } from "./support/submit-explained";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let countyId: string;
let otherCountyId: string;
let adminOfCounty: CurrentUser;
let adminOfOther: CurrentUser;
let adminOfAll: CurrentUser;
let reviewer: CurrentUser;
let serial = 0;

beforeAll(async () => {
  t = await freshDatabase();
  countyId = (await t.db.county.create({ data: { code: "life", name: "吉县" } })).id;
  otherCountyId = (await t.db.county.create({ data: { code: "other", name: "乡宁县" } })).id;
  adminOfCounty = await createActor(t.db, { role: "admin", countyId });
  adminOfOther = await createActor(t.db, { role: "admin", countyId: otherCountyId });
  adminOfAll = await createActor(t.db, { role: "admin" });
  reviewer = await createActor(t.db, { role: "reviewer", countyId });
});
afterAll(() => t.drop());

const run = (spec: AnyActionSpec, input: unknown, user = adminOfCounty): Promise<ActionResult<unknown>> =>
  executeAction(spec, { user, db: t.db, now: new Date() }, input);

function refused(result: ActionResult<unknown>, code: string): string {
  expect(result).toMatchObject({ ok: false, code });
  const message = result.ok ? "" : result.message;
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  return message;
}

async function createUnit(kind: string, name: string, organName: string, county = countyId) {
  const code = `u${++serial}`;
  const input = { countyId: county, kind, code, name, organName };
  const result = await run(admin.createFilingUnitAction, input, adminOfAll);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return t.db.filingUnit.findFirstOrThrow({ where: { countyId: county, code } });
}

const asSeen = (unit: { id: string; version: number }) => ({
  filingUnitId: unit.id,
  version: String(unit.version),
});
const reload = (id: string) => t.db.filingUnit.findUniqueOrThrow({ where: { id } });

/** A report of the unit for `year`, taken through the workflow to published. */
async function publishedReport(unitId: string, year: number) {
  const clerk = await createActor(t.db, { role: "clerk", filingUnitId: unitId });
  const opened = await openReport(t.db, { filingUnitId: unitId, year, actorId: clerk.id });
  const { report } = await saveReport(t.db, {
    reportId: opened.id,
    actorId: clerk.id,
    version: opened.version,
    data: completeReport(),
    now: new Date(),
  });
  await submitExplained(t.db, { reportId: report.id, actorId: clerk.id, version: report.version });
  await approveReport(t.db, { reportId: report.id, actorId: reviewer.id, now: new Date() });
  await publishReport(t.db, { reportId: report.id, actorId: reviewer.id, now: new Date() });
  return report;
}

describe("creating filing units", () => {
  it("creates a unit of every kind and says its kind", async () => {
    for (const [kind, label] of [
      ["township", "乡镇"],
      ["street", "街道"],
      ["department", "县直部门"],
    ] as const) {
      const code = `k-${kind}`;
      const result = await run(admin.createFilingUnitAction, {
        countyId,
        kind,
        code,
        name: `新${label}`,
        organName: `吉县新${label}机关`,
      });
      expect(result).toEqual({ ok: true, data: { message: `已新建填报单位：新${label}（${label}）` } });
      expect(await t.db.filingUnit.findFirstOrThrow({ where: { countyId, code } })).toMatchObject({
        kind,
        retiredAt: null,
        version: 1,
      });
    }
  });

  it("refuses a taken code and an unknown kind with Chinese messages", async () => {
    const input = {
      countyId,
      kind: "department",
      code: "k-department",
      name: "另一局",
      organName: "吉县另一局",
    };
    const taken = await run(admin.createFilingUnitAction, input);
    expect(refused(taken, "conflict")).toBe("本县区已有代码为 k-department 的填报单位，请换一个代码");
    const badKind = await run(admin.createFilingUnitAction, { ...input, code: "k-x", kind: "county" });
    expect(refused(badKind, "invalid")).toBe("请选择单位类别");
  });

  it("allows one county government in use per county, also when two admins add one at the same moment", async () => {
    const input = (code: string) => ({
      countyId,
      kind: "government",
      code,
      name: "吉县人民政府",
      organName: "吉县人民政府",
    });
    // The first admin's transaction is held open after adding its unit; the second admin's
    // create must wait for it (the county row) and then see it, not add a second one beside it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let entered = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const holding = t.db.$transaction(
      async (tx) => {
        await ensureNoOtherGovernment(tx, countyId, new Date());
        await tx.filingUnit.create({ data: { ...input("gov-a"), kind: "government" } });
        entered();
        await held;
      },
      { timeout: 30_000 },
    );
    await inside;
    const waiting = run(admin.createFilingUnitAction, input("gov-b"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await holding;
    const message = refused(await waiting, "conflict");
    expect(message).toBe("吉县已有在用的县人民政府（本级）单位“吉县人民政府”，每个县区只能有一个");
    expect(await t.db.filingUnit.count({ where: { countyId, kind: "government" } })).toBe(1);

    // Another county has its own; a retired government makes room for a new one, and cannot come back beside it.
    await createUnit("government", "乡宁县人民政府", "乡宁县人民政府", otherCountyId);
    const first = await t.db.filingUnit.findFirstOrThrow({ where: { countyId, kind: "government" } });
    expect(await run(admin.retireFilingUnitAction, asSeen(first))).toMatchObject({ ok: true });
    const second = await createUnit("government", "吉县人民政府（新）", "吉县人民政府");
    const back = await run(admin.reinstateFilingUnitAction, asSeen(await reload(first.id)));
    expect(refused(back, "conflict")).toContain("吉县人民政府（新）");
    expect(await run(admin.retireFilingUnitAction, asSeen(second))).toMatchObject({ ok: true });
    expect(await run(admin.reinstateFilingUnitAction, asSeen(await reload(first.id)))).toMatchObject({
      ok: true,
    });
  });
});

describe("renaming a filing unit", () => {
  it("changes name and organ name but not the code, and refuses a stale form", async () => {
    const unit = await createUnit("department", "县发改局", "吉县发改局");
    const result = await run(admin.renameFilingUnitAction, {
      ...asSeen(unit),
      name: "县发展和改革局",
      organName: "吉县发展和改革局",
      code: "ignored",
    });
    expect(result).toEqual({
      ok: true,
      data: { message: "已将县发改局改名为县发展和改革局；已公开的报告仍署原名称" },
    });
    expect(await reload(unit.id)).toMatchObject({
      code: unit.code,
      name: "县发展和改革局",
      organName: "吉县发展和改革局",
      version: 2,
    });
    // The same form sent again (version 1) would undo someone else's change: refused.
    const stale = await run(admin.renameFilingUnitAction, {
      ...asSeen(unit),
      name: "县发改局",
      organName: "吉县发改局",
    });
    expect(refused(stale, "conflict")).toBe("县发展和改革局已被他人修改，请刷新页面后再操作");
    expect((await reload(unit.id)).name).toBe("县发展和改革局");
  });

  it("never changes a published report's organ name or public title; the next publication takes the new name", async () => {
    const unit = await createUnit("township", "屯里镇", "吉县屯里镇人民政府");
    await publishedReport(unit.id, 2025);
    const seed = importText(readDemoSeed("000-tunli-2020.txt"));
    if (!seed.ok) throw new Error(seed.message);
    const imported = await recordImportedReport(t.db, {
      filingUnitId: unit.id,
      report: seed,
      sourceNote: "000-tunli-2020.txt",
      actorId: null,
      now: new Date(),
    });
    expect(imported.ok).toBe(true);
    const before = await t.db.publication.findMany({
      where: { report: { filingUnitId: unit.id } },
      orderBy: { id: "asc" },
      select: { id: true, organName: true },
    });
    expect(before).toHaveLength(2);
    const title = async (year: number) => {
      const report = await loadPublicReport(t.db, {
        county: "life",
        filingUnit: unit.code,
        year,
        revision: null,
      });
      return report && reportTitle(report.filingUnit.organName, report.year);
    };
    expect(await title(2025)).toBe("吉县屯里镇人民政府2025年政府信息公开工作年度报告");
    const importedTitle = await title(2020);

    const renamed = await run(admin.renameFilingUnitAction, {
      ...asSeen(unit),
      name: "屯里街道",
      organName: "吉县屯里街道办事处",
    });
    expect(renamed.ok).toBe(true);

    expect(
      await t.db.publication.findMany({
        where: { report: { filingUnitId: unit.id } },
        orderBy: { id: "asc" },
        select: { id: true, organName: true },
      }),
    ).toEqual(before);
    expect(await title(2025)).toBe("吉县屯里镇人民政府2025年政府信息公开工作年度报告");
    expect(await title(2020)).toBe(importedTitle);
    const listed = (await listPublishedReports(t.db)).filter((e) => e.filingUnit.code === unit.code);
    expect(listed.map((e) => e.filingUnit.organName).sort()).toEqual(before.map((p) => p.organName).sort());

    await publishedReport(unit.id, 2026);
    expect(await title(2026)).toBe("吉县屯里街道办事处2026年政府信息公开工作年度报告");
    expect(await title(2025)).toBe("吉县屯里镇人民政府2025年政府信息公开工作年度报告");
  });
});

describe("a retired filing unit", () => {
  let unit: { id: string; code: string; version: number; name: string };
  let clerk: CurrentUser;
  let draftId: string;
  const seedReport = () => {
    const seed = importText(readDemoSeed("003-qu-e-2020.txt"));
    if (!seed.ok) throw new Error(seed.message);
    return seed;
  };

  beforeAll(async () => {
    unit = await createUnit("department", "县自然资源局", "吉县自然资源局");
    await publishedReport(unit.id, 2024);
    clerk = await createActor(t.db, { role: "clerk", filingUnitId: unit.id });
    draftId = (await openReport(t.db, { filingUnitId: unit.id, year: 2025, actorId: clerk.id })).id;
    const retired = await run(admin.retireFilingUnitAction, asSeen(unit));
    expect(retired).toEqual({
      ok: true,
      data: { message: "县自然资源局已停用：不再接收新报告，历年报告和已公开的报告保留" },
    });
    unit = await reload(unit.id);
  });

  it("is kept, marked retired; retiring it again is refused", async () => {
    expect(unit).toMatchObject({ code: expect.any(String), version: 2 });
    expect((await reload(unit.id)).retiredAt).toBeInstanceOf(Date);
    expect(refused(await run(admin.retireFilingUnitAction, asSeen(unit)), "conflict")).toMatch(
      /^县自然资源局已于\d{4}-\d{2}-\d{2}停用$/,
    );
  });

  it("opens no new report, but its existing ones as before", async () => {
    const error = await openReport(t.db, { filingUnitId: unit.id, year: 2026, actorId: clerk.id }).catch(
      (e) => e,
    );
    expect(error).toMatchObject({
      code: "conflict",
      message:
        "县自然资源局已停用，不能新建年度报告：已停用的单位不再接收新报告，需要时可由管理员在管理页恢复该单位",
    });
    expect(await t.db.report.count({ where: { filingUnitId: unit.id, year: 2026 } })).toBe(0);
    expect((await openReport(t.db, { filingUnitId: unit.id, year: 2025, actorId: clerk.id })).id).toBe(
      draftId,
    );
    // Its clerk still reads and fills it, its reviewers review it.
    const retired = await reload(unit.id);
    expect(canFillFilingUnit(clerk, retired)).toBe(true);
    expect(canReviewCounty(reviewer, retired.countyId)).toBe(true);
    const draft = await t.db.report.findUniqueOrThrow({ where: { id: draftId } });
    const saved = await saveReport(t.db, {
      reportId: draftId,
      actorId: clerk.id,
      version: draft.version,
      data: completeReport(),
      now: new Date(),
    });
    expect(saved.report.version).toBe(draft.version + 1);
  });

  it("takes no import, single or from an archive, and says why before reading the file", async () => {
    const preview = await run(previewImportAction, { filingUnitId: unit.id, text: "不会被读取" });
    expect(refused(preview, "conflict")).toContain("县自然资源局已停用，不能导入报告");
    const stored = await recordImportedReport(t.db, {
      filingUnitId: unit.id,
      report: seedReport(),
      sourceNote: "x.txt",
      actorId: adminOfCounty.id,
      now: new Date(),
    });
    expect(stored).toMatchObject({
      ok: false,
      message: expect.stringContaining("县自然资源局已停用，不能导入报告"),
    });
    const archived = await saveArchiveFile(t.db, {
      filingUnitId: unit.id,
      report: seedReport(),
      sourceNote: "2020/x.txt",
      actorId: adminOfCounty.id,
      now: new Date(),
    });
    expect(archived).toMatchObject({ status: "failed", message: expect.stringContaining("已停用") });
    expect(await t.db.report.count({ where: { filingUnitId: unit.id, year: 2020 } })).toBe(0);
  });

  it("gets no new clerk, created or moved", async () => {
    const created = await run(admin.createUserAction, {
      username: `retired-${++serial}`,
      name: "新填报人",
      role: "clerk",
      filingUnitId: unit.id,
    });
    expect(refused(created, "conflict")).toContain("不能分配填报人");
    expect(created).toMatchObject({ fieldErrors: { filingUnitId: expect.stringContaining("已停用") } });
    const other = await createUnit("township", "壶口镇", "吉县壶口镇人民政府");
    const mover = await createActor(t.db, { role: "clerk", filingUnitId: other.id });
    refused(await run(admin.moveClerkAction, { userId: mover.id, filingUnitId: unit.id }), "conflict");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: mover.id } })).filingUnitId).toBe(other.id);
  });

  it("stays public with what it published", async () => {
    const report = await loadPublicReport(t.db, {
      county: "life",
      filingUnit: unit.code,
      year: 2024,
      revision: null,
    });
    expect(report?.filingUnit.organName).toBe("吉县自然资源局");
  });

  it("leaves the dashboard for years it has no report of, and is not chased for them", async () => {
    const county = await t.db.county.findUniqueOrThrow({ where: { id: countyId } });
    const slots = async (year: number) =>
      (await loadDashboard(t.db, { county, year, currentYear: 2026 })).slots.map((s) => s.filingUnit.id);
    expect(await slots(2026)).not.toContain(unit.id);
    expect(await slots(2025)).toContain(unit.id);
    expect(await slots(2024)).toContain(unit.id);
    const reminded = await remindFilingUnits(t.db, {
      countyId,
      year: 2026,
      filingUnitIds: [unit.id],
      actorId: reviewer.id,
      now: new Date(),
    });
    expect(reminded).toEqual({ reminded: [], skipped: ["县自然资源局"] });
  });

  it("is back in use when reinstated, and receives new reports again", async () => {
    const reinstated = await run(admin.reinstateFilingUnitAction, asSeen(await reload(unit.id)));
    expect(reinstated).toEqual({ ok: true, data: { message: "县自然资源局已恢复在用" } });
    expect((await reload(unit.id)).retiredAt).toBeNull();
    const opened = await openReport(t.db, { filingUnitId: unit.id, year: 2026, actorId: clerk.id });
    expect(opened.year).toBe(2026);
    expect(
      refused(await run(admin.reinstateFilingUnitAction, asSeen(await reload(unit.id))), "conflict"),
    ).toBe("县自然资源局在用，无需恢复");
  });
});

describe("moving a clerk", () => {
  it("moves a clerk to a unit of another kind; the clerk then reaches only the new unit's reports", async () => {
    const township = await createUnit("township", "吉昌镇", "吉县吉昌镇人民政府");
    const department = await createUnit("department", "县教育局", "吉县教育局");
    const clerk = await createActor(t.db, { role: "clerk", filingUnitId: township.id });
    const townshipReport = await openReport(t.db, {
      filingUnitId: township.id,
      year: 2026,
      actorId: clerk.id,
    });
    const moved = await run(admin.moveClerkAction, { userId: clerk.id, filingUnitId: department.id });
    expect(moved).toEqual({
      ok: true,
      data: { message: `已将填报人 ${clerk.username} 调整到吉县 · 县教育局` },
    });
    const after = { ...clerk, filingUnitId: department.id };
    const unitOf = async (reportId: string) =>
      (await t.db.report.findUniqueOrThrow({ where: { id: reportId }, include: { filingUnit: true } }))
        .filingUnit;
    expect(canReadFilingUnit(after, await unitOf(townshipReport.id))).toBe(false);
    expect(canFillFilingUnit(after, department)).toBe(true);
    const again = await run(admin.moveClerkAction, { userId: clerk.id, filingUnitId: department.id });
    expect(again).toEqual({ ok: true, data: { message: `${clerk.username} 已属于吉县 · 县教育局` } });
  });

  it("refuses reviewers and another county's admin", async () => {
    const unit = await createUnit("street", "吉昌街道", "吉县吉昌街道办事处");
    expect(
      refused(await run(admin.moveClerkAction, { userId: reviewer.id, filingUnitId: unit.id }), "invalid"),
    ).toBe("只有填报人属于填报单位；审核人和管理员按县区授权");
    const otherUnit = await createUnit("township", "昌宁镇", "乡宁县昌宁镇人民政府", otherCountyId);
    const clerk = await createActor(t.db, { role: "clerk", filingUnitId: unit.id });
    // The target is the other admin's, the clerk is not: refused, and the clerk stays.
    refused(
      await run(admin.moveClerkAction, { userId: clerk.id, filingUnitId: otherUnit.id }, adminOfOther),
      "forbidden",
    );
    refused(await run(admin.moveClerkAction, { userId: clerk.id, filingUnitId: otherUnit.id }), "forbidden");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: clerk.id } })).filingUnitId).toBe(unit.id);
  });
});
