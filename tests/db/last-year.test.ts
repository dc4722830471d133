/**
 * Last year means last year's publication: the carry-over prefill, the
 * year-over-year checks and the county summary read a report's latest
 * published revision (or the approved report where nothing is published),
 * never a correction's unpublished working copy, whatever state it reaches.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GovReportData } from "@/lib/format/report-data";
import { loadLastYear } from "@/lib/reports/check-context";
import { openReport } from "@/lib/reports/open-report";
import { submitReport } from "@/lib/reports/submit-report";
import { loadSummarySources } from "@/lib/review/load-summary";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { beijing, makeActors, makeCounty, reportInState, saveWorkingCopy } from "./dashboard-fixtures";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let actors: { clerk: string; reviewer: string };
let countyId: string;
let corrected: string;
let approvedOnly: string;
const now = beijing("2026-03-01");

/** 结转下年度继续办理 (T3 r25 c1) = carried; balanced by 予以公开. */
function carrying(carried: number): GovReportData {
  return completeReport((d) => {
    d.tables.T3[0]![0] = carried + 1;
    d.tables.T3[2]![0] = 1;
    d.tables.T3[24]![0] = carried;
  });
}

const carriedOf = (data: unknown) => (data as GovReportData).tables.T3[24]![0];

async function lastYearCarried(filingUnitId: string) {
  const last = await loadLastYear(t.db, filingUnitId, 2025);
  return last && carriedOf(last.data);
}

beforeAll(async () => {
  t = await freshDatabase();
  actors = await makeActors(t.db);
  const made = await makeCounty(t.db, "ly", ["a", "b"]);
  countyId = made.county.id;
  const [a, b] = made.filingUnits.map((x) => x.id);
  // Published with 2 carried over, then being corrected to 9.
  corrected = await reportInState(t.db, {
    filingUnitId: a!,
    year: 2024,
    state: "correcting",
    actors,
    data: carrying(2),
  });
  await saveWorkingCopy(t.db, { reportId: corrected, clerk: actors.clerk, data: carrying(9), now });
  approvedOnly = await reportInState(t.db, {
    filingUnitId: b!,
    year: 2024,
    state: "approved",
    actors,
    data: carrying(4),
  });
});
afterAll(() => t.drop());

async function summaryCarried() {
  const sources = await loadSummarySources(t.db, { countyId, year: 2024 });
  return Object.fromEntries(sources.map((s) => [s.filingUnitCode, [carriedOf(s.data), s.revision]]));
}

describe("last year's figures", () => {
  it("come from the publication while a correction is being written, not its working copy", async () => {
    const filingUnit = (await t.db.report.findUniqueOrThrow({ where: { id: corrected } })).filingUnitId;
    expect(await lastYearCarried(filingUnit)).toBe(2);
    expect(await summaryCarried()).toEqual({ a: [2, 1], b: [4, null] });
    // The new year's 上年结转 is prefilled from the published 2.
    const opened = await openReport(t.db, { filingUnitId: filingUnit, year: 2025, actorId: actors.clerk });
    expect((opened.data as unknown as GovReportData).tables.T3[1]![0]).toBe(2);
  });

  it("stay the publication's while the correction is submitted, returned and approved", async () => {
    const filingUnit = (await t.db.report.findUniqueOrThrow({ where: { id: corrected } })).filingUnitId;
    const working = await t.db.report.findUniqueOrThrow({ where: { id: corrected } });
    await submitReport(t.db, {
      reportId: corrected,
      actorId: actors.clerk,
      version: working.version,
      explanations: {},
      now,
    });
    expect(await lastYearCarried(filingUnit)).toBe(2);
    expect(await summaryCarried()).toEqual({ a: [2, 1], b: [4, null] });
    await returnReport(t.db, { reportId: corrected, actorId: actors.reviewer, now, reason: "请核对" });
    expect(await lastYearCarried(filingUnit)).toBe(2);
    const returned = await t.db.report.findUniqueOrThrow({ where: { id: corrected } });
    await submitReport(t.db, {
      reportId: corrected,
      actorId: actors.clerk,
      version: returned.version,
      explanations: {},
      now,
    });
    await approveReport(t.db, { reportId: corrected, actorId: actors.reviewer, now });
    expect((await t.db.report.findUniqueOrThrow({ where: { id: corrected } })).status).toBe("approved");
    expect(await lastYearCarried(filingUnit)).toBe(2);
    expect(await summaryCarried()).toEqual({ a: [2, 1], b: [4, null] });
  });

  it("follow the correction once it is published", async () => {
    const filingUnit = (await t.db.report.findUniqueOrThrow({ where: { id: corrected } })).filingUnitId;
    await publishReport(t.db, { reportId: corrected, actorId: actors.reviewer, now });
    expect(await lastYearCarried(filingUnit)).toBe(9);
    expect(await summaryCarried()).toEqual({ a: [9, 2], b: [4, null] });
  });

  it("come from the approved report where nothing is published", async () => {
    const filingUnit = (await t.db.report.findUniqueOrThrow({ where: { id: approvedOnly } })).filingUnitId;
    expect(await lastYearCarried(filingUnit)).toBe(4);
  });
});
