/**
 * The county dashboard in the browser: statuses, filters, CSV export, bulk
 * approve-and-publish with its confirmation step, the county summary, scope
 * and accessibility. Two demo filing units without clerks (吉昌镇, 壶口镇) get
 * submitted reports for the current year written straight into the e2e
 * database, so no other spec touches them. The kind filter is checked on a
 * county of its own (every kind of filer), so other specs' counties keep their units.
 */
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createDb } from "../lib/db/client";
import { openReport } from "../lib/reports/open-report";
import { saveReport } from "../lib/reports/save-report";
import { findingKey } from "../lib/reports/finding-key";
import { submitReport } from "../lib/reports/submit-report";
import { currentReportYear } from "../lib/reporting/report-year";
import { completeReport } from "../tests/db/support/complete-report";
import { expectNoViolations } from "./support/axe";
import { login } from "./support/login";
import { deleteReportsOfYear } from "./support/own-filing-unit";

const E2E_DATABASE = `file:${join(import.meta.dirname, "..", "data", "e2e", "e2e.db")}`;
const FILING_UNITS = ["jichang", "hukou"];
const year = currentReportYear(new Date());

/** Both filing units' reports of `year`, reset and submitted again, so a retry starts from the same state. */
async function seedSubmittedReports(): Promise<void> {
  const { db } = createDb(E2E_DATABASE);
  try {
    const actor = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    for (const code of FILING_UNITS) {
      const filingUnit = await db.filingUnit.findFirstOrThrow({
        where: { code, county: { code: "jixian" } },
      });
      await deleteReportsOfYear(db, filingUnit.id, year);
      const opened = await openReport(db, { filingUnitId: filingUnit.id, year, actorId: actor.id });
      const now = new Date();
      const { report } = await saveReport(db, {
        reportId: opened.id,
        actorId: actor.id,
        version: opened.version,
        data: completeReport(),
        now,
      });
      await submitReport(db, {
        reportId: report.id,
        actorId: actor.id,
        version: report.version,
        // Submitted before the year is over: D-02 asks why.
        explanations: { [findingKey({ id: "D-02", cells: [] })]: "年底前按上级要求先行报送。" },
        now,
      });
    }
  } finally {
    await db.$disconnect();
  }
}

const row = (page: Page, filingUnit: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: filingUnit }) });

test.describe.configure({ mode: "serial" });

test.describe("county review dashboard", () => {
  test.beforeAll(async () => {
    await seedSubmittedReports();
  });

  test.beforeEach(async ({ page }) => {
    await login(page, "jixian-reviewer");
  });

  test("lists every filing unit with its status and filters by status", async ({ page }) => {
    await page.goto(`/review/jixian?year=${year}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`吉县 · ${year}年度报告`);
    // Every filing unit of 吉县: its townships, and its street, departments and county government.
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveCount(9);
    await expect(page.getByRole("table").getByRole("rowheader")).toContainText([
      "壶口镇",
      "吉昌镇",
      "曲峨镇",
      "屯里镇",
    ]);
    await expect(row(page, "吉昌镇")).toContainText("已提交待审");
    await expect(row(page, "壶口镇")).toContainText("已提交待审");
    await expect(page.getByTestId("count-submitted")).not.toHaveText("0");

    await page.getByLabel("状态", { exact: true }).selectOption({ label: "已提交待审" });
    await page.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/status=submitted/);
    const names = page.getByRole("table").getByRole("rowheader");
    await expect(names).toContainText(["壶口镇", "吉昌镇"]);
    // Each submission says whether a reviewer has opened it yet.
    for (const status of await page.getByRole("table").locator("tbody tr td:nth-child(4)").allTextContents())
      expect(status).toMatch(/^已提交待审(待审核，尚未打开|审核中)$/);

    // Sorting is a link too: 填报单位 descending puts 壶口镇 (hukou) after 吉昌镇 (jichang).
    await page.getByRole("link", { name: /^填报单位/ }).click();
    await expect(page).toHaveURL(/dir=desc/);
    // Other specs may have submitted their own filing units' reports too: compare just these two.
    await expect
      .poll(async () => {
        const order = await names.allTextContents();
        return order.includes("壶口镇") && order.indexOf("吉昌镇") < order.indexOf("壶口镇");
      })
      .toBe(true);
  });

  test("exports the table as CSV that Excel reads as UTF-8", async ({ page }) => {
    await page.goto(`/review/jixian?year=${year}`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "导出 CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`吉县-${year}年度报告审核进度.csv`);
    const text = readFileSync((await download.path())!, "utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "填报单位,单位代码,单位类别,状态,最后修改,提交时间,首次公开时间,错误数,警告数,公开截止日期,截止情况",
    );
    expect(lines).toHaveLength(10);
    expect(lines.find((l) => l.startsWith("吉昌镇,"))).toContain(",乡镇,已提交待审,");
  });

  test("bulk approves and publishes the selected reports after a confirmation", async ({ page }) => {
    await page.goto(`/review/jixian?year=${year}`);
    await page.getByRole("checkbox", { name: "选择吉昌镇" }).check();
    await page.getByRole("checkbox", { name: "选择壶口镇" }).check();
    await page.getByRole("button", { name: "批量通过并公开所选报告…" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("批量通过并公开");
    await expect(page.getByRole("heading", { name: "将通过并公开以下 2 份报告" })).toBeVisible();
    await expect(page.getByRole("table").getByRole("rowheader")).toHaveText(["壶口镇", "吉昌镇"]);
    await page.getByRole("button", { name: "确认通过并公开 2 份报告" }).click();

    const results = page.getByRole("list", { name: "处理结果" });
    await expect(results.getByRole("listitem")).toHaveText([
      "壶口镇：已通过并公开（第 1 版）",
      "吉昌镇：已通过并公开（第 1 版）",
    ]);
    await page.getByRole("link", { name: "返回审核进度" }).click();
    await expect(row(page, "吉昌镇")).toContainText("已公开");
    await expect(row(page, "壶口镇")).toContainText("已公开");
    await expect(page.getByRole("checkbox", { name: "选择吉昌镇" })).toHaveCount(0);
  });

  test("shows the county summary with the published reports added up", async ({ page }) => {
    await page.goto(`/review/jixian/summary?year=${year}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `吉县 · ${year}年度全县汇总（全部单位）`,
    );
    await expect(page.getByTestId("summary-included")).toContainText("吉昌镇");
    await expect(page.getByRole("heading", { name: "三、收到和处理政府信息公开申请情况" })).toBeVisible();
    await expect(page.getByRole("img", { name: /按时公开情况/ })).toBeVisible();
    await expectNoViolations(page);
  });

  test("has no accessibility violations on the dashboard", async ({ page }) => {
    await page.goto(`/review/jixian?year=${year}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`吉县 · ${year}年度报告`);
    await expectNoViolations(page);
  });
});

/** A county with every kind of filer; one department's report of `year` submitted. Safe to run again. */
const KINDS_COUNTY = { code: "e2e-kinds", name: "类别测试县" };
const KINDS_UNITS = [
  { code: "benji", kind: "government", name: "县人民政府" },
  { code: "chengguan", kind: "street", name: "城关街道" },
  { code: "yizhen", kind: "township", name: "一镇" },
  { code: "fgj", kind: "department", name: "县发展和改革局" },
  { code: "zrzyj", kind: "department", name: "县自然资源局" },
] as const;

async function seedKindsCounty(): Promise<void> {
  const { db } = createDb(E2E_DATABASE);
  try {
    const actor = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
    const county = await db.county.upsert({
      where: { code: KINDS_COUNTY.code },
      create: KINDS_COUNTY,
      update: {},
    });
    for (const unit of KINDS_UNITS)
      await db.filingUnit.upsert({
        where: { countyId_code: { countyId: county.id, code: unit.code } },
        create: { countyId: county.id, ...unit, organName: `类别测试县${unit.name}` },
        update: {},
      });
    const fgj = await db.filingUnit.findFirstOrThrow({ where: { countyId: county.id, code: "fgj" } });
    await deleteReportsOfYear(db, fgj.id, year);
    const opened = await openReport(db, { filingUnitId: fgj.id, year, actorId: actor.id });
    const { report } = await saveReport(db, {
      reportId: opened.id,
      actorId: actor.id,
      version: opened.version,
      data: completeReport(),
      now: new Date(),
    });
    await submitReport(db, {
      reportId: report.id,
      actorId: actor.id,
      version: report.version,
      explanations: { [findingKey({ id: "D-02", cells: [] })]: "年底前按上级要求先行报送。" },
      now: new Date(),
    });
  } finally {
    await db.$disconnect();
  }
}

test("the dashboard filters by kind of unit, keeps the group through filters and exports, and sums one group", async ({
  page,
}) => {
  await seedKindsCounty();
  await login(page, "admin");
  await page.goto(`/review/${KINDS_COUNTY.code}?year=${year}`);
  const groups = page.getByRole("navigation", { name: "单位类别" });
  await expect(groups.getByRole("link")).toHaveText([
    /^全部\s*5/,
    /^乡镇（街道）\s*2/,
    /^部门\s*2/,
    /^本级\s*1/,
  ]);
  const names = page.getByRole("table").getByRole("rowheader");
  // The county government's own report first, townships and streets, then departments.
  await expect(names).toHaveText(["县人民政府", "城关街道", "一镇", "县发展和改革局", "县自然资源局"]);
  await expect(page.getByRole("columnheader", { name: "类别" })).toBeVisible();
  await expect(row(page, "城关街道")).toContainText("街道");

  await groups.getByRole("link", { name: /^部门/ }).click();
  await expect(page).toHaveURL(/group=department/);
  await expect(groups.getByRole("link", { name: /^部门/ })).toHaveAttribute("aria-current", "true");
  await expect(names).toHaveText(["县发展和改革局", "县自然资源局"]);
  await expect(page.getByRole("heading", { name: /^进度（部门）：已公开 0 \/ 2/ })).toBeVisible();
  await expect(page.getByTestId("count-submitted")).toHaveText("1");
  await expect(row(page, "县发展和改革局")).toContainText("县直部门");

  // The plain GET form keeps the group.
  await page.getByLabel("状态", { exact: true }).selectOption({ label: "已提交待审" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/group=department/);
  await expect(page).toHaveURL(/status=submitted/);
  await expect(names).toHaveText(["县发展和改革局"]);
  await expect(page.getByRole("checkbox", { name: "选择县发展和改革局" })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "导出 CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`类别测试县-${year}年度报告审核进度（部门）.csv`);
  const lines = readFileSync((await download.path())!, "utf8")
    .slice(1)
    .trimEnd()
    .split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^县发展和改革局,fgj,县直部门,已提交待审,/);
  await expectNoViolations(page);

  await page.getByRole("link", { name: `${year}年度部门汇总` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`类别测试县 · ${year}年度部门汇总`);
  await expect(page.getByLabel("汇总单位")).toHaveValue("department");
  await page.getByLabel("汇总单位").selectOption({ label: "乡镇（街道）" });
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page).toHaveURL(/group=local/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `类别测试县 · ${year}年度乡镇（街道）汇总`,
  );
  await page.getByLabel("汇总单位").selectOption({ label: "全部单位" });
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `类别测试县 · ${year}年度全县汇总（全部单位）`,
  );
});

test("a reviewer of another county gets 403 on the dashboard, its exports and its summary", async ({
  page,
}) => {
  await login(page, "wanzhou-reviewer");
  for (const path of ["/review/jixian", "/review/jixian/summary", "/review/jixian/bulk"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "无权访问此页面" })).toBeVisible();
  }
  const csv = await page.request.get("/review/jixian/export.csv");
  expect(csv.status()).toBe(403);
  const xlsx = await page.request.get("/review/jixian/summary/export.xlsx");
  expect(xlsx.status()).toBe(403);
});

test("a county admin opens a reporting year with its own deadline", async ({ page }) => {
  await login(page, "admin");
  await page.goto("/admin/reporting-years?county=shili-demo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("报告年度与公开设置");
  await page.getByLabel("报告年度", { exact: true }).fill("2025");
  await page.getByLabel("公开截止日期（可不填）").fill("2026-02-20");
  await page.getByRole("button", { name: "开启或修改年度" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /2025年度(已开启|截止日期已修改)，公开截止日期 2026-02-20/ }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: "2025年度" })).toContainText("2026-02-20");
  await page.goto("/review/shili-demo?year=2025");
  await expect(page.getByText("公开截止日期 2026-02-20")).toBeVisible();
});
