/**
 * The clerk's editor as a long form should behave: errors only after the
 * clerk has worked on a section, one clear message per bad entry, tables that
 * fit the office screen, spreadsheet keys, 跳到下一个问题, and rows pasted
 * with their labels.
 */
import { expect, test, type Page } from "@playwright/test";
import { expectNoViolations, VIEWPORTS } from "./support/axe";
import { pasteInto, waitForSaved } from "./support/fill-report";
import { login } from "./support/login";
import { EDITOR_UNIT as OWN, ensureOwnUsers, resetOwnReport } from "./support/own-filing-unit";

// Several pages, files and axe runs per test on a shared 2-core machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  await ensureOwnUsers(OWN);
});

test.beforeEach(async ({ page }) => {
  await resetOwnReport(OWN);
  await login(page, OWN.clerk);
});

const taskRow = (page: Page, heading: string) => page.getByRole("listitem").filter({ hasText: heading });
const T4 = "四、政府信息公开行政复议、行政诉讼情况";

test("a section the clerk has not started shows no errors; they appear once the clerk leaves it and comes back", async ({
  page,
}) => {
  await page.goto(OWN.fill);
  await expect(page.getByRole("heading", { name: "填报概览" })).toBeVisible();
  await expect(page.getByText(/\d+ 个错误/)).toHaveCount(0);

  await page.goto(`${OWN.fill}/s4`);
  await expect(page.getByRole("heading", { level: 1, name: T4 })).toBeVisible();
  await expect(page.getByTestId("findings")).toHaveCount(0);
  const cell = page.getByLabel("行政复议 结果维持");
  await cell.fill("abc");
  // The entry itself says what is wrong at once; the section's summary waits until the clerk comes back.
  await expect(page.locator(`[id="T4.c1-msg"]`)).toHaveText("请输入不小于0的整数");
  await cell.fill("0");
  await expect(page.getByTestId("findings")).toHaveCount(0);
  await waitForSaved(page);

  await page.goto(OWN.fill);
  await expect(taskRow(page, T4).last()).toContainText(/\d+ 个错误/);
  await expect(taskRow(page, "一、总体情况").last()).not.toContainText("错误");

  await page.goto(`${OWN.fill}/s4`);
  const findings = page.getByTestId("findings");
  await expect(findings).toBeVisible();
  // V-01 counts the typeable cells (12 less the 3 computed totals) still blank, with no value pair.
  await expect(findings.locator('[data-finding="V-01"]')).toContainText("表格有11个空白单元格");
  await expect(findings).not.toContainText("填报值");
  // An unreadable entry: one message, and V-01 does not call the cell blank as well.
  await cell.fill("abc");
  await expect(findings.getByRole("listitem").filter({ hasText: "行政复议·结果维持" })).toHaveCount(1);
  await expect(findings.locator('[data-finding="V-01"]')).toContainText("表格有11个空白单元格");
  await expectNoViolations(page);
});

test("-3, abc and 1.5 each give one clear message, never a second one calling the cell blank", async ({
  page,
}) => {
  await page.goto(`${OWN.fill}/s4`);
  await page.getByLabel("行政复议 结果纠正").fill("0");
  await waitForSaved(page);
  await page.goto(`${OWN.fill}/s4`); // the section is started: its findings show
  const cell = page.getByLabel("行政复议 结果维持");
  const findings = page.getByTestId("findings");
  for (const typed of ["-3", "abc", "1.5"]) {
    await cell.fill(typed);
    await expect(page.locator(`[id="T4.c1-msg"]`)).toHaveText("请输入不小于0的整数");
    await expect(findings.getByRole("listitem").filter({ hasText: "行政复议·结果维持" })).toHaveCount(1);
  }
});

test("arrow keys, Enter and Tab move between cells as in a spreadsheet", async ({ page }) => {
  await page.goto(`${OWN.fill}/s3`);
  const at = (label: string | RegExp) => page.getByLabel(label);
  await at("（一）予以公开 自然人").focus();
  await page.keyboard.press("ArrowRight");
  await expect(at("（一）予以公开 商业企业")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(at(/^（二）部分公开.* 商业企业$/)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(at("1.属于国家秘密 商业企业")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowLeft");
  await expect(at(/^（二）部分公开.* 自然人$/)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(at(/^（二）部分公开.* 商业企业$/)).toBeFocused();
  // Typing stays in the cell: ← moves the caret inside the text before it leaves the cell.
  await page.keyboard.type("12");
  await page.keyboard.press("ArrowLeft");
  await expect(at(/^（二）部分公开.* 商业企业$/)).toBeFocused();
  // The row's 总计 is computed: → from 其他 has nowhere to go, ↓ from the last typeable row skips the 总计 row.
  await at("3.其他 其他").focus();
  await page.keyboard.press("ArrowRight");
  await expect(at("3.其他 其他")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(at("四、结转下年度继续办理 其他")).toBeFocused();
});

test("跳到下一个问题 walks through the section's problems", async ({ page }) => {
  await page.goto(`${OWN.fill}/s4`);
  await page.getByLabel("行政复议 结果维持").fill("0");
  await waitForSaved(page);
  await page.goto(`${OWN.fill}/s4`);
  const next = page.getByRole("button", { name: "跳到下一个问题" });
  await next.click();
  await expect(page.getByLabel("行政复议 结果纠正")).toBeFocused();
  await next.click();
  await expect(page.getByLabel("行政复议 其他结果")).toBeFocused();
});

test("a row pasted with its label goes into that row; a trailing total is dropped", async ({ page }) => {
  await page.goto(`${OWN.fill}/s3`);
  const received = page.getByLabel("一、本年新收政府信息公开申请数量 自然人");
  await pasteInto(received, [["（一）予以公开", "7", "1", "0", "0", "0", "0", "8"]]);
  await expect(page.getByLabel("（一）予以公开 自然人")).toHaveValue("7");
  await expect(page.getByLabel("（一）予以公开 商业企业")).toHaveValue("1");
  await expect(page.getByLabel("（一）予以公开 总计")).toHaveValue("8");
  await expect(received).toHaveValue("");
  // A block of numbers still fills from the cell it is pasted on.
  await pasteInto(received, [
    ["3", "0", "0", "0", "0", "0"],
    ["0", "0", "0", "0", "0", "0"],
  ]);
  await expect(received).toHaveValue("3");
  await expect(page.getByLabel("二、上年结转政府信息公开申请数量 自然人")).toHaveValue("0");
});

test("every statutory table fits the office screen without scrolling the page, and stays usable on a phone", async ({
  page,
}) => {
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const section of ["s2", "s3", "s4"]) {
      await page.goto(`${OWN.fill}/${section}`);
      await expect(page.locator("table.statutory-table")).toBeVisible();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        overflow: Array.from(document.querySelectorAll(".statutory-table-frame")).map(
          (f) => f.scrollWidth - f.clientWidth,
        ),
      }));
      expect(widths.page, `${section} at ${viewport.name}`).toBeLessThanOrEqual(viewport.width);
      if (viewport.width >= 1366) expect(widths.overflow, `${section} at ${viewport.name}`).toEqual([0]);
      await expectNoViolations(page);
    }
  }
  // On the phone the row labels stay in view while the numbers scroll.
  await page.goto(`${OWN.fill}/s3`);
  const label = page.getByRole("rowheader", { name: "一、本年新收政府信息公开申请数量" });
  const before = await label.boundingBox();
  await page.locator(".statutory-table-frame").evaluate((el) => (el.scrollLeft = 300));
  expect(Math.abs(((await label.boundingBox())?.x ?? 0) - (before?.x ?? 99))).toBeLessThanOrEqual(1);
});
