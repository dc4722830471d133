/**
 * The reviewer's daily work in the browser: commenting where one looks (and
 * the clerk answering at the same cell), seeing what changed between
 * submissions, confirming before publishing, the summary by filing unit, and
 * 催办 from the dashboard. Runs in two counties of its own (./support/own-place): one for the
 * review of 金盆苗族彝族乡's report, one whose only unit, 白鹤镇, is reminded.
 */
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { currentReportYear } from "../lib/reporting/report-year";
import { completeReport } from "../tests/db/support/complete-report";
import { expectNoViolations } from "./support/axe";
import { login } from "./support/login";
import type { OwnPlace } from "./support/own-place";
import { ensureUsers, resetReport, submitVersions, withE2eDb } from "./support/seed-review";

const year = currentReportYear(new Date());
const JINPEN: OwnPlace = {
  county: "e2e-review",
  countyName: "审核测试区",
  filingUnit: "jinpen",
  unitName: "金盆苗族彝族乡",
  organ: "金盆苗族彝族乡人民政府",
};
const REMINDED: OwnPlace = {
  county: "e2e-remind",
  countyName: "催办测试区",
  filingUnit: "baihe",
  unitName: "白鹤镇",
  organ: "白鹤镇人民政府",
};
const county = JINPEN.county;
const review = `/review/${county}/jinpen/${year}`;
const fill = `/fill/${county}/jinpen/${year}`;
const reviewer = `${county}-reviewer`;
const clerk = `${county}-clerk`;

const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
];

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: SIZES[0] })).newPage();
  await login(page, username);
  return page;
}

/** Applications received and granted to natural persons (balanced), and the 第五部分 text. */
const version = (received: number, s5: string) =>
  completeReport((d) => {
    d.tables.T3[0]![0] = received;
    d.tables.T3[2]![0] = received;
    d.narratives.s5 = s5;
  });

/** Elements that stick out of the viewport and make the page scroll sideways (none, when it fits). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      if (el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1) continue;
      // Inside a frame that scrolls on its own: the page does not.
      let frame = el.parentElement;
      while (frame && !["auto", "scroll", "hidden"].includes(getComputedStyle(frame).overflowX))
        frame = frame.parentElement;
      if (frame && frame !== document.body) continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className}`.slice(0, 120));
    }
    return out;
  });
}

const anchor = (page: Page, target: string) => page.locator(`[data-comment-anchor="${target}"]`);
const panel = (page: Page) => page.getByTestId("comment-panel");

test.describe.configure({ mode: "serial" });
// Several signed-in browsers per test on a shared two-core machine.
test.setTimeout(120_000);

test.beforeAll(async () => {
  await withE2eDb(async (db) => {
    const filingUnit = await ensureUsers(db, JINPEN);
    await db.county.update({ where: { code: county }, data: { approvalPublishes: true } });
    const users = await db.user.findMany({ where: { username: { in: [reviewer, clerk] } } });
    const id = (name: string) => users.find((u) => u.username === name)!.id;
    await submitVersions(db, {
      filingUnitId: filingUnit.id,
      year,
      clerkId: id(clerk),
      reviewerId: id(reviewer),
      versions: [
        version(0, "存在问题：公开内容不够细。改进情况：逐项细化目录。"),
        version(2, "存在问题：公开内容不够及时。改进情况：逐项细化目录，按周督办。"),
      ],
    });
  });
});

test("see what changed: changed cells carry their old value, narratives a word diff", async ({ browser }) => {
  const page = await as(browser, reviewer);
  await page.goto(review);
  await expect(page.getByRole("heading", { name: "与上次提交相比的修改" })).toBeVisible();
  const changed = page.locator("#review-T3\\.r01\\.c1");
  await expect(changed).toHaveAttribute("data-changed", "");
  await expect(anchor(page, "T3.r01.c1")).toContainText("原0");
  // A computed total is not a change of the clerk's.
  await expect(page.locator("[data-changed]")).toHaveCount(2);
  const s5 = page.locator("#section-s5 [data-narrative-diff]");
  await expect(s5.locator("ins")).toContainText(["及时"]);
  await expect(s5.locator("del")).toContainText(["细"]);
  await expect(s5.locator("ins").last()).toContainText("按周督办");
  await page.screenshot({ path: "test-results/reviewer-changes.png", fullPage: false });
});

test("comment where you look: click a cell, Enter on a row label, the heading; the clerk replies at the cell", async ({
  browser,
}) => {
  const page = await as(browser, reviewer);
  await page.goto(review);

  // Click on a cell: the thread opens beside it.
  await anchor(page, "T3.r01.c1").click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toContainText("一、本年新收政府信息公开申请数量·自然人");
  const cellBox = (await anchor(page, "T3.r01.c1").boundingBox())!;
  const panelBox = (await panel(page).boundingBox())!;
  const beside = panelBox.x >= cellBox.x + cellBox.width - 1 || panelBox.x + panelBox.width <= cellBox.x + 1;
  expect(beside, "the panel stands left or right of the cell").toBe(true);
  expect(Math.abs(panelBox.y - cellBox.y)).toBeLessThan(4);
  await expect(panel(page).getByLabel("批注内容")).toBeFocused();
  await panel(page).getByLabel("批注内容").fill("请核实自然人申请数：本年新收2件。");
  await panel(page).getByRole("button", { name: "添加批注" }).click();
  await expect(panel(page).getByRole("status").filter({ hasText: "已添加批注" })).toBeVisible();
  await expect(panel(page).locator("[data-thread-target='T3.r01.c1']")).toContainText("本年新收2件");
  await expect(anchor(page, "T3.r01.c1")).toContainText("批注1");
  await page.screenshot({ path: "test-results/reviewer-cell-comment.png" });
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(panel(page)).toBeHidden();
  await expect(anchor(page, "T3.r01.c1")).toBeFocused();

  // Enter on a row label.
  await anchor(page, "T3.r02").focus();
  await page.keyboard.press("Enter");
  await expect(panel(page)).toContainText("二、上年结转政府信息公开申请数量");
  await page.keyboard.type("上年结转为0，请确认。");
  await panel(page).getByRole("button", { name: "添加批注" }).click();
  await expect(anchor(page, "T3.r02")).toContainText("批注1");

  // A section heading.
  await anchor(page, "s5").click();
  await panel(page).getByLabel("批注内容").fill("改进措施请写明完成时限。");
  await panel(page).getByRole("button", { name: "添加批注" }).click();
  await expect(anchor(page, "s5")).toContainText("批注1");
  await expect(page.getByText("待处理批注 3 条")).toBeVisible();

  // The clerk sees it at the same cell in the editor and replies there; resolving is the reviewer's.
  const clerkPage = await as(browser, clerk);
  await clerkPage.goto(`${fill}/s3`);
  await anchor(clerkPage, "T3.r01.c1").click();
  await expect(panel(clerkPage)).toContainText("请核实自然人申请数：本年新收2件。");
  await expect(panel(clerkPage).getByRole("button", { name: "标记为已解决" })).toHaveCount(0);
  await expect(panel(clerkPage).getByLabel("回复")).toBeFocused();
  await panel(clerkPage).getByLabel("回复").fill("已核实，2件均为本年新收。");
  await panel(clerkPage).getByRole("button", { name: "回复" }).click();
  await expect(panel(clerkPage).getByRole("status").filter({ hasText: "已回复" })).toBeVisible();
  await expect(anchor(clerkPage, "T3.r02")).toContainText("批注1");
  await expectNoViolations(clerkPage);

  await page.reload();
  await anchor(page, "T3.r01.c1").click();
  await expect(panel(page)).toContainText("已核实，2件均为本年新收。");
  await panel(page).getByRole("button", { name: "标记为已解决" }).click();
  await expect(panel(page).getByText("已解决", { exact: true })).toBeVisible();
  await expect(page.getByText("待处理批注 2 条")).toBeVisible();
});

test("the review page fits 1366 px without squeezed headers, and 390 px with the panel as a sheet", async ({
  browser,
}) => {
  const page = await as(browser, reviewer);
  await page.goto(review);
  const squeezed = await page
    .locator("#section-s3 th[scope=col]")
    .evaluateAll((ths) =>
      ths
        .filter((th) => th.getBoundingClientRect().width < 2.5 * parseFloat(getComputedStyle(th).fontSize))
        .map((th) => th.textContent),
    );
  expect(squeezed, "T3 column headers at least two characters wide").toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  await page.screenshot({ path: "test-results/reviewer-1366.png" });

  await page.setViewportSize(SIZES[1]!);
  await page.goto(review);
  expect(await overflowing(page)).toEqual([]);
  await anchor(page, "T4.c1").click();
  const box = (await panel(page).boundingBox())!;
  expect(box.width).toBeGreaterThan(380);
  await expectNoViolations(page);
  await page.screenshot({ path: "test-results/reviewer-390.png" });
});

test("审核通过并公开 shows what will be published and asks first; it is not at the top of the page", async ({
  browser,
}) => {
  const page = await as(browser, reviewer);
  await page.goto(review);
  const button = page.getByRole("button", { name: "审核通过并公开…" });
  const reportTop = (await page.getByRole("heading", { name: "报告内容" }).boundingBox())!.y;
  expect((await button.boundingBox())!.y).toBeGreaterThan(reportTop);
  await expect(button).not.toBeInViewport();

  await button.click();
  const dialog = page.getByRole("dialog", { name: "确认公开" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`金盆苗族彝族乡人民政府${year}年政府信息公开工作年度报告`);
  await expect(dialog).toContainText("第 1 版（首次公开）");
  await expect(dialog).toContainText(/错误 0 个，警告 \d+ 个/);
  await expect(dialog).toContainText("未说明的警告");
  await page.screenshot({ path: "test-results/reviewer-confirm.png" });
  await expectNoViolations(page);
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("已提交待审").first()).toBeVisible();

  await button.click();
  await dialog.getByRole("button", { name: "确认审核通过并公开" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已公开（第 1 版）" })).toBeVisible();
});

test("the summary shows each filing unit's figures beside the county totals, on the page and in Excel", async ({
  browser,
}) => {
  const page = await as(browser, reviewer);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(`/review/${county}/summary?year=${year}`);
    const breakdown = page.getByTestId("breakdown-T3");
    await breakdown.locator("summary").click();
    const row = breakdown.locator('[data-breakdown-cell="T3.r01.c1"]');
    await expect(row.locator("td")).toHaveText(["2", "2"]);
    await expect(breakdown.getByRole("link", { name: "金盆苗族彝族乡" })).toHaveAttribute("href", review);
    await breakdown.screenshot({ path: `test-results/reviewer-breakdown-${size.width}.png` });
    expect(await overflowing(page)).toEqual([]);
    await expectNoViolations(page);
  }

  const response = await page.request.get(`/review/${county}/summary/export.xlsx?year=${year}`);
  expect(response.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("分单位明细")!;
  expect(sheet.getCell("A4").text).toBe("金盆苗族彝族乡");
  expect(String((sheet.getCell("A4").value as { hyperlink: string }).hyperlink)).toMatch(
    new RegExp(`${review}$`),
  );
  expect(sheet.getCell("A5").value).toBe("全县合计");
});

test("催办 from the dashboard: one, several or all; the clerk is told the deadline and days left", async ({
  browser,
}) => {
  await withE2eDb(async (db) => {
    const filingUnit = await ensureUsers(db, REMINDED);
    await resetReport(db, filingUnit.id, year);
  });
  const page = await as(browser, `${REMINDED.county}-reviewer`);
  await page.goto(`/review/${REMINDED.county}?year=${year}`);
  const reminders = page.getByRole("region", { name: /催办/ });
  await expect(reminders).toContainText("白鹤镇");
  await expect(reminders).toContainText("未开始 · 未催办");
  await reminders.getByRole("checkbox", { name: /白鹤镇/ }).check();
  await reminders.getByRole("button", { name: "催办所选单位" }).click();
  await expect(reminders.getByRole("status")).toContainText("已催办 1 个单位：白鹤镇");
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  await expect(page.getByRole("row").filter({ hasText: "白鹤镇" })).toContainText(today);
  await expect(reminders).toContainText(`上次催办 ${today}`);
  await reminders.screenshot({ path: "test-results/reviewer-reminders.png" });
  await expectNoViolations(page);
  await page.setViewportSize(SIZES[1]!);
  await expectNoViolations(page);

  // The filing unit starts; reminding all of them now writes to its report's history too.
  const clerkPage = await as(browser, `${REMINDED.county}-clerk`);
  await clerkPage.goto(`/fill/${REMINDED.county}/baihe/${year}`);
  await page.goto(`/review/${REMINDED.county}?year=${year}`);
  await expect(reminders).toContainText("填写中");
  await reminders.getByRole("button", { name: /全部催办/ }).click();
  await expect(reminders.getByRole("status")).toContainText("已催办 1 个单位：白鹤镇");
  await page.goto(`/review/${REMINDED.county}/baihe/${year}`);
  await expect(page.getByRole("table", { name: "操作记录" })).toContainText("催办");

  await clerkPage.goto("/notifications");
  await expect(
    clerkPage.getByText(
      /催办：白鹤镇\d{4}年度报告尚未开始填报，公开截止日期 \d{4}-\d{2}-\d{2}（(还有 \d+ 天|今天截止|已逾期 \d+ 天)）/,
    ),
  ).toBeVisible();
  await expect(clerkPage.getByText(/催办：白鹤镇\d{4}年度报告尚未提交/)).toBeVisible();
});
