/**
 * The clerk's write path against a real database: open, autosave with
 * optimistic concurrency, bad input refused without change, submit rules,
 * double submits, audit events.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import type { GovReportData } from "@/lib/format/report-data";
import { runChecks } from "@/lib/checks/run-checks";
import { findingKey } from "@/lib/reports/finding-key";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { AppError } from "@/lib/actions/app-error";
import { insertPublishedReport } from "../fixtures/published-report";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let filingUnitId: string;
let actorId: string;
const now = new Date("2027-01-10T08:00:00Z");
const format = getFormat("gov-2021");

async function expectRefusal(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(/[\u4e00-\u9fff]/);
  return error as AppError;
}

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "c1", name: "测试县" } });
  filingUnitId = (
    await t.db.filingUnit.create({
      data: { countyId: county.id, code: "t1", name: "测试镇", organName: "测试县测试镇人民政府" },
    })
  ).id;
  actorId = (
    await t.db.user.create({
      data: { id: "clerk-1", name: "填报人", email: "c@x.invalid", role: "clerk", filingUnitId },
    })
  ).id;
});
afterAll(() => t.drop());

describe("opening a year's report", () => {
  it("creates it once with the year's template, even when opened twice at once", async () => {
    const [a, b] = await Promise.all([
      openReport(t.db, { filingUnitId, year: 2026, actorId }),
      openReport(t.db, { filingUnitId, year: 2026, actorId }),
    ]);
    expect(a.id).toBe(b.id);
    expect(a.formatId).toBe("gov-2021");
    expect(await t.db.reportEvent.count({ where: { reportId: a.id, action: "create" } })).toBe(1);
  });

  it("prefills 上年结转 from last year's accepted 结转下年度继续办理", async () => {
    const last = completeReport((d) => {
      d.tables.T3[0]![0] = 5; // 本年新收 自然人
      d.tables.T3[2]![0] = 3; // 予以公开
      d.tables.T3[24]![0] = 2; // 结转下年度
    });
    await insertPublishedReport(t.db, {
      filingUnitId,
      year: 2024,
      formatId: "gov-2021",
      revisions: [{ data: last, publishedAt: now }],
    });
    const opened = await openReport(t.db, { filingUnitId, year: 2025, actorId });
    const data = opened.data as unknown as GovReportData;
    expect(data.tables.T3[1]![0]).toBe(2);
    expect(data.tables.T3[1]![6]).toBe(2); // 总计 column recomputed
  });
});

describe("saving", () => {
  it("writes with the version read and bumps it; a stale version is a conflict and changes nothing", async () => {
    const report = await openReport(t.db, { filingUnitId, year: 2026, actorId });
    const first = await saveReport(t.db, {
      reportId: report.id,
      actorId,
      version: report.version,
      data: completeReport(),
      now,
    });
    expect(first.report.version).toBe(report.version + 1);
    const stale = completeReport((d) => (d.narratives.s5 = "另一个会话的内容"));
    const error = await expectRefusal(
      saveReport(t.db, { reportId: report.id, actorId, version: report.version, data: stale, now }),
      "conflict",
    );
    expect(error.message).toContain("版本");
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect((stored.data as unknown as GovReportData).narratives.s5).not.toBe("另一个会话的内容");
    expect(stored.version).toBe(first.report.version);
  });

  it("is refused in a state the clerk does not edit, naming the state, and changes nothing", async () => {
    const county = await t.db.county.findFirstOrThrow({ where: { code: "c1" } });
    const unit = await t.db.filingUnit.create({
      data: { countyId: county.id, code: "t-submitted", name: "已提交镇", organName: "已提交镇人民政府" },
    });
    const opened = await openReport(t.db, { filingUnitId: unit.id, year: 2026, actorId });
    const { report } = await saveReport(t.db, {
      reportId: opened.id,
      actorId,
      version: opened.version,
      data: completeReport(),
      now,
    });
    const submitted = await submitReport(t.db, {
      reportId: report.id,
      actorId,
      version: report.version,
      explanations: {},
      now,
    });
    const error = await expectRefusal(
      saveReport(t.db, {
        reportId: report.id,
        actorId,
        version: submitted.version,
        data: completeReport(),
        now,
      }),
      "conflict",
    );
    expect(error.message).toContain("已提交");
    const after = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.version).toBe(submitted.version);
    expect(after.status).toBe("submitted");
    const saves = await t.db.reportEvent.count({ where: { reportId: report.id, action: "save" } });
    expect(saves).toBe(1);
  });

  it("is refused for a report that does not exist", async () => {
    await expectRefusal(
      saveReport(t.db, { reportId: "no-such-report", actorId, version: 1, data: completeReport(), now }),
      "not-found",
    );
  });

  it("records the save with the actor the caller read, or the account's own name and role", async () => {
    const report = await openReport(t.db, { filingUnitId, year: 2026, actorId });
    const first = await saveReport(t.db, {
      reportId: report.id,
      actorId,
      actor: { name: "会话中的填报人", role: "clerk" },
      version: report.version,
      data: completeReport(),
      now,
    });
    await saveReport(t.db, {
      reportId: report.id,
      actorId,
      version: first.report.version,
      data: completeReport(),
      now: new Date(now.getTime() + 1000),
    });
    const events = await t.db.reportEvent.findMany({
      where: { reportId: report.id, action: "save" },
      orderBy: { createdAt: "desc" },
      take: 2,
    });
    expect(events.map((e) => [e.actorName, e.actorRole, e.fromStatus, e.toStatus])).toEqual([
      ["填报人", "clerk", "draft", "draft"],
      ["会话中的填报人", "clerk", "draft", "draft"],
    ]);
  });

  it("recomputes totals on the server whatever the client sent", async () => {
    const report = await openReport(t.db, { filingUnitId, year: 2026, actorId });
    const lying = completeReport((d) => (d.tables.T3[0]![0] = 4));
    lying.tables.T3[0]![6] = 999;
    const { report: saved, findings } = await saveReport(t.db, {
      reportId: report.id,
      actorId,
      version: report.version,
      data: lying,
      now,
    });
    expect((saved.data as unknown as GovReportData).tables.T3[0]![6]).toBe(4);
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect((stored.data as unknown as GovReportData).tables.T3[0]![6]).toBe(4);
    // 4 received, nothing handled: T3-01 is an error, counted on the row.
    expect(findings.some((f) => f.id === "T3-01")).toBe(true);
    expect(saved.errorCount).toBeGreaterThan(0);
  });

  it.each([
    ["letters in a count", (d: GovReportData) => ((d.tables.T3[0] as unknown[])[0] = "abc")],
    ["a negative count", (d: GovReportData) => (d.tables.T3[0]![0] = -1)],
    ["1e400 (Infinity)", (d: GovReportData) => (d.tables.T3[0]![0] = Number.POSITIVE_INFINITY)],
    ["a 17-digit number", (d: GovReportData) => (d.tables.T3[0]![0] = 12345678901234567)],
    ["a 10 MB narrative", (d: GovReportData) => (d.narratives.s1 = "字".repeat(10 * 1024 * 1024))],
    [
      "a missing section",
      (d: GovReportData) => delete (d.narratives as Partial<GovReportData["narratives"]>).s6,
    ],
    ["a missing table", (d: GovReportData) => delete (d.tables as Partial<GovReportData["tables"]>).T4],
  ])("refuses %s with a Chinese message and changes nothing", async (_label, spoil) => {
    const report = await openReport(t.db, { filingUnitId, year: 2026, actorId });
    const bad = structuredClone(completeReport());
    spoil(bad);
    await expectRefusal(
      saveReport(t.db, { reportId: report.id, actorId, version: report.version, data: bad, now }),
      "invalid",
    );
    const after = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.version).toBe(report.version);
    expect(after.data).toEqual(report.data);
  });
});

describe("submitting", () => {
  it("is refused while an error remains", async () => {
    const report = await openReport(t.db, { filingUnitId, year: 2026, actorId });
    expect(report.errorCount).toBeGreaterThan(0);
    const error = await expectRefusal(
      submitReport(t.db, { reportId: report.id, actorId, version: report.version, explanations: {}, now }),
      "invalid",
    );
    expect(error.message).toContain("错误");
  });

  it("needs an explanation for every warning, stores them with the submission, and happens once", async () => {
    let report = await openReport(t.db, { filingUnitId, year: 2026, actorId });
    // 规章 at a filing unit is a warning (T2-03); everything else consistent.
    const data = completeReport((d) => {
      d.tables.T2[0] = [1, 0, 1];
    });
    report = (await saveReport(t.db, { reportId: report.id, actorId, version: report.version, data, now }))
      .report;
    const warnings = runChecks(format, data, {
      year: 2026,
      organLevel: "township",
      today: "2027-01-10",
    }).filter((f) => f.severity === "warning");
    expect(warnings.length).toBeGreaterThan(0);

    await expectRefusal(
      submitReport(t.db, { reportId: report.id, actorId, version: report.version, explanations: {}, now }),
      "invalid",
    );
    const explanations = Object.fromEntries(
      warnings.map((w) => [findingKey(w), "经核实，本镇转发上级规章，数据无误。"]),
    );
    const results = await Promise.allSettled([
      submitReport(t.db, { reportId: report.id, actorId, version: report.version, explanations, now }),
      submitReport(t.db, { reportId: report.id, actorId, version: report.version, explanations, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(AppError);

    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(stored.status).toBe("submitted");
    expect(stored.submittedAt?.toISOString()).toBe(now.toISOString());
    const submits = await t.db.reportEvent.findMany({ where: { reportId: report.id, action: "submit" } });
    expect(submits).toHaveLength(1);
    expect(submits[0]!.payload).toMatchObject({ explanations });
    expect(submits[0]!.fromStatus).toBe("draft");

    // After submitting, the clerk cannot edit until the report is returned.
    const locked = await expectRefusal(
      saveReport(t.db, { reportId: report.id, actorId, version: stored.version, data, now }),
      "conflict",
    );
    expect(locked.message).toBe("报告当前状态为“已提交待审”，不能保存");
  });
});
