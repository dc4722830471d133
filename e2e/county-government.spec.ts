/**
 * The county government's own report (吉县人民政府, demo data): filled like any
 * other, with the county summary of every other unit folded beside each table
 * as a reference that never enters the report.
 */
import { expect, test } from "@playwright/test";
import { currentReportYear } from "../lib/reporting/report-year";
import { expectNoViolations } from "./support/axe";
import { login } from "./support/login";

const lastYear = currentReportYear(new Date()) - 1;

test("the county government sees the other units' summary beside its T3, read-only", async ({ page }) => {
  await login(page, "zhengfu-clerk");
  await page.goto(`/fill/jixian/zhengfu/${lastYear}/s3`);
  const reference = page.getByTestId("county-reference");
  // Last year 吉县's street office and two departments published; the government's own report is not added.
  await expect(reference.locator("summary")).toHaveText(
    /参考：全县其他单位 \d+ 份已审核报告的汇总（仅供对照，不计入本报告）/,
  );
  await expect(reference.getByRole("table")).toBeHidden();
  await reference.locator("summary").click();
  const table = reference.getByRole("table", { name: /全县其他单位汇总，参考/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("textbox")).toHaveCount(0);
  await expectNoViolations(page);
});

test("a department's report offers no county reference", async ({ page }) => {
  await login(page, "fagai-clerk");
  await page.goto(`/fill/jixian/fagai/${lastYear}/s3`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("county-reference")).toHaveCount(0);
});
