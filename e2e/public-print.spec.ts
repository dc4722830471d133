/**
 * The public report page's 打印 (a link: cached pages run no script), the
 * county-year table on a phone, and a year filter that offers only years
 * with published reports.
 */
import { expect, test } from "@playwright/test";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import { expectNoViolations, VIEWPORTS } from "./support/axe";

const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;

// axe on a long report at two sizes takes a while on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

test("打印 on the report page opens the print view, which opens the print dialog", async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute("data-printed", "yes");
  });
  await page.goto(REPORT);
  expect(await page.locator("script").count()).toBe(0);
  const print = page.getByRole("navigation", { name: "下载与数据" }).getByRole("link", { name: "打印" });
  await expect(print).toHaveAttribute("href", `${REPORT}/print`);
  await print.click();
  await expect(page).toHaveURL(`${REPORT}/print`);
  await expect(page.getByRole("status")).toContainText("已打开打印对话框");
  await expect(page.locator("html")).toHaveAttribute("data-printed", "yes");
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto(REPORT);
    await expectNoViolations(page);
  }
});

test("on a phone the county-year table keeps filing unit names and dates on one line", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/reports/${F.county}/${F.corrected.year}`);
  // One table per kind of unit (本级政府年报 · 乡镇（街道）年报 · 部门年报).
  const tables = page.getByRole("table");
  await expect(tables.first()).toBeVisible();
  expect(await tables.count()).toBeGreaterThan(1);
  // The filing unit (th) and the first publication date (third cell): each text on one line box.
  const lines = await tables.locator("tbody tr").evaluateAll((rows) =>
    rows.flatMap((row) =>
      [row.querySelector("th"), row.querySelectorAll("td")[1]].map((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell!);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.bottom)));
        return { text: cell!.textContent, lines: tops.size };
      }),
    ),
  );
  expect(lines.length).toBeGreaterThan(0);
  for (const cell of lines) expect(cell.lines, cell.text ?? "").toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoViolations(page);
});

test("the year filter offers only years that have published reports", async ({ page }) => {
  await page.goto("/reports");
  const options = await page.getByLabel("年度").locator("option").allTextContents();
  const years = options.filter((o) => /\d{4}/.test(o)).map((o) => Number(/\d{4}/.exec(o)![0]));
  expect(years).toEqual([...years].sort((a, b) => b - a));
  expect(years).toEqual(expect.arrayContaining([F.corrected.year, F.gov2019.year, F.archive.year]));
  // Every year offered finds at least one report.
  for (const year of years) {
    await page.goto(`/reports?year=${year}`);
    await expect(page.getByRole("heading", { name: /找到 [1-9]\d* 份报告/ })).toBeVisible();
  }
});
