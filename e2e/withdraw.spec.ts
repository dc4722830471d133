/**
 * 撤回: the clerk takes a submitted report back until the reviewer opens it
 * for review. Runs in a county of its own, on the report of two years ago: a
 * year that is not the one the county has open.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { completeReport } from "../tests/db/support/complete-report";
import { expectNoViolations, VIEWPORTS } from "./support/axe";
import { submitExplainingWarnings, waitForSaved } from "./support/fill-report";
import { login } from "./support/login";
import { ensureOwnUsers, resetOwnReport, WITHDRAW_UNIT as OWN } from "./support/own-filing-unit";

const year = OWN.year - 2;
const fill = `/fill/${OWN.county}/${OWN.filingUnit}/${year}`;
const review = `/review/${OWN.county}/${OWN.filingUnit}/${year}`;

test.describe.configure({ mode: "serial", timeout: 150_000 });

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

const withdrawButton = (page: Page) => page.getByRole("button", { name: "撤回…" });

async function confirmWithdraw(page: Page) {
  await withdrawButton(page).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认撤回" }).click();
}

test.beforeAll(async () => {
  await ensureOwnUsers(OWN);
});

test("a clerk submits, withdraws with confirmation and edits again; the history shows 撤回", async ({
  browser,
}) => {
  await resetOwnReport(OWN, completeReport(), year);
  const clerk = await as(browser, OWN.clerk);
  await clerk.goto(`${fill}/check`);
  await submitExplainingWarnings(clerk);

  // Cancelling the confirmation changes nothing.
  await withdrawButton(clerk).click();
  await clerk.getByRole("dialog").getByRole("button", { name: "取消" }).click();
  await expect(clerk.getByText("已提交待审").first()).toBeVisible();

  await confirmWithdraw(clerk);
  await expect(clerk.getByRole("status").filter({ hasText: "报告已撤回，回到“填写中”" })).toBeVisible();
  await expect(clerk.getByRole("button", { name: "提交审核" })).toBeVisible();
  await expect(withdrawButton(clerk)).toHaveCount(0);

  // Editable again in the same page session: the editor saves on top of the withdrawn version.
  await clerk.getByRole("link", { name: "五、存在的主要问题及改进情况" }).first().click();
  const s5 = clerk.getByLabel("五、存在的主要问题及改进情况", { exact: true });
  await expect(s5).not.toHaveAttribute("readonly", "");
  await s5.fill("存在的主要问题：部分信息公开不够及时。改进情况：建立台账，按周督办，撤回后补充。");
  await waitForSaved(clerk);
  await expect(clerk.getByRole("dialog")).toHaveCount(0);

  const reviewer = await as(browser, OWN.reviewer);
  await reviewer.goto(review);
  const history = reviewer.getByRole("table", { name: "操作记录" });
  await expect(history).toContainText("撤回");
  await expect(history).toContainText("已提交待审 → 填写中");
});

test("once the reviewer opens the report, 撤回 is gone and a stale page is refused with the reason", async ({
  browser,
}) => {
  await resetOwnReport(OWN, completeReport(), year);
  const clerk = await as(browser, OWN.clerk);
  await clerk.goto(`${fill}/check`);
  await submitExplainingWarnings(clerk);
  await clerk.goto(fill);
  await expect(withdrawButton(clerk)).toBeVisible();
  // The task list with 撤回 and its confirmation, at the office screen and the phone.
  for (const viewport of VIEWPORTS) {
    await clerk.setViewportSize(viewport);
    await expectNoViolations(clerk);
    await withdrawButton(clerk).click();
    await expect(clerk.getByRole("dialog")).toBeVisible();
    await expectNoViolations(clerk);
    await clerk.getByRole("dialog").getByRole("button", { name: "取消" }).click();
  }

  // The dashboard links to the report (and may prefetch it): that is not opening it.
  const reviewer = await as(browser, OWN.reviewer);
  await reviewer.goto(`/review/${OWN.county}?year=${year}`);
  await expect(reviewer.getByRole("link", { name: `查看金盆苗族彝族乡${year}年度报告` })).toBeVisible();
  await reviewer.waitForLoadState("networkidle");
  const unitRow = reviewer.getByRole("row").filter({ hasText: "金盆苗族彝族乡" });
  await expect(unitRow).toContainText("待审核，尚未打开");
  await clerk.reload();
  await expect(withdrawButton(clerk)).toBeVisible();

  // Opening the review page starts the review; the dashboard then says so.
  await reviewer.goto(review);
  await expect(reviewer.getByRole("table", { name: "操作记录" })).toContainText("开始审核");
  await reviewer.goto(`/review/${OWN.county}?year=${year}`);
  await expect(unitRow).toContainText("审核中");

  // The clerk's page still shows the button: pressing it is refused, and the button goes.
  await confirmWithdraw(clerk);
  await expect(clerk.getByRole("alert").filter({ hasText: "审核人已开始审核，不能再撤回" })).toBeVisible();
  await expect(withdrawButton(clerk)).toHaveCount(0);

  await clerk.goto(`${fill}/check`);
  await expect(withdrawButton(clerk)).toHaveCount(0);
  await expect(clerk.getByText("审核人已开始审核，不能再撤回；如需修改，请联系审核人退回")).toBeVisible();
  await expect(clerk.getByText("已提交待审").first()).toBeVisible();
  await expectNoViolations(clerk);
});
