import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCheckContext } from "@/lib/reports/check-context";
import { findingKey } from "@/lib/reports/finding-key";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
const ids = { clerk: "clerk" };
const inYear = new Date("2026-12-01T02:00:00Z");
// 31 December 16:30 UTC is already 1 January in Beijing: the office's calendar decides.
const newYearInBeijing = new Date("2026-12-31T16:30:00Z");
const D02 = findingKey({ id: "D-02", cells: [] });

async function draftIn(countyCode: string, block: boolean) {
  const county = await t.db.county.create({
    data: { code: countyCode, name: `${countyCode}县`, blockEarlySubmission: block },
  });
  const filingUnit = await t.db.filingUnit.create({
    data: { countyId: county.id, code: "t", name: "测试镇", organName: "测试镇人民政府" },
  });
  await t.db.user.upsert({
    where: { id: ids.clerk },
    update: {},
    create: { id: ids.clerk, name: "填报人", email: "a@x.invalid", role: "clerk" },
  });
  const opened = await openReport(t.db, { filingUnitId: filingUnit.id, year: 2026, actorId: ids.clerk });
  const { report } = await saveReport(t.db, {
    reportId: opened.id,
    actorId: ids.clerk,
    version: opened.version,
    data: completeReport(),
    now: inYear,
  });
  return report;
}

beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

describe("a report sent before its year has ended (D-02, E14)", () => {
  it("needs an explanation where the county warns, and none once the year is over in Beijing", async () => {
    const report = await draftIn("warn", false);
    expect((await buildCheckContext(t.db, report, inYear)).earlySubmission).toBe("warn");
    await expect(
      submitReport(t.db, {
        reportId: report.id,
        actorId: ids.clerk,
        version: report.version,
        explanations: {},
        now: inYear,
      }),
    ).rejects.toMatchObject({
      message: expect.stringContaining("1 条警告未填写说明"),
    });
    const submitted = await submitReport(t.db, {
      reportId: report.id,
      actorId: ids.clerk,
      version: report.version,
      explanations: { [D02]: "年底前需报送上级，12月数据按预计填报。" },
      now: inYear,
    });
    expect(submitted.status).toBe("submitted");
    expect((await buildCheckContext(t.db, report, newYearInBeijing)).today).toBe("2027-01-01");
  });

  it("is refused where the county blocks early reports", async () => {
    const report = await draftIn("block", true);
    await expect(
      submitReport(t.db, {
        reportId: report.id,
        actorId: ids.clerk,
        version: report.version,
        explanations: { [D02]: "x" },
        now: inYear,
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining("1 个错误") });
    const submitted = await submitReport(t.db, {
      reportId: report.id,
      actorId: ids.clerk,
      version: report.version,
      explanations: {},
      now: newYearInBeijing,
    });
    expect(submitted.status).toBe("submitted");
  });
});
