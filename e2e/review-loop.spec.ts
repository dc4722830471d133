import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  currentReportYear,
  fillCompleteReport,
  submitExplainingWarnings,
  waitForSaved,
} from "./support/fill-report";
import { login } from "./support/login";
import { resetReport, withE2eDb } from "./support/seed-review";

const year = currentReportYear();
const fill = `/fill/wanzhou/wuling/${year}`;
const review = `/review/wanzhou/wuling/${year}`;
const publicPage = `/reports/wanzhou/wuling/${year}`;

// One report goes through the whole loop: the steps run in order.
test.describe.configure({ mode: "serial" });

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  return page;
}

async function submit(page: Page) {
  await page.goto(`${fill}/check`);
  await submitExplainingWarnings(page);
}

async function act(
  page: Page,
  button: string,
  done: string | RegExp,
  reason?: { label: string; text: string },
) {
  await page.goto(review);
  if (reason) await page.getByLabel(reason.label).fill(reason.text);
  await page.getByRole("button", { name: button, exact: true }).click();
  // Publishing asks first, in a dialog that says what will be published.
  if (button.endsWith("…"))
    await page
      .getByRole("dialog")
      .getByRole("button", { name: `确认${button.slice(0, -1)}` })
      .click();
  await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
}

test("review loop: submit, comment on a cell and return, fix and resubmit, approve, publish", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // From a report not yet opened: a retry after a timeout starts over rather than finding it submitted.
  await withE2eDb(async (db) => {
    const unit = await db.filingUnit.findFirstOrThrow({
      where: { code: "wuling", county: { code: "wanzhou" } },
    });
    await resetReport(db, unit.id, year);
  });
  const clerk = await as(browser, "wuling-clerk");
  await clerk.goto("/fill/wanzhou/wuling");
  await fillCompleteReport(clerk, fill);
  await submit(clerk);

  const reviewer = await as(browser, "wanzhou-reviewer");
  await reviewer.goto(review);
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(
    `重庆市万州区武陵镇人民政府${year}年政府信息公开工作年度报告`,
  );
  await expect(reviewer.getByText("已提交待审").first()).toBeVisible();
  await reviewer.locator('[data-comment-anchor="T3.r03.c1"]').click();
  await reviewer.getByTestId("comment-panel").getByLabel("批注内容").fill("请核实予以公开的自然人申请数。");
  await reviewer.getByTestId("comment-panel").getByRole("button", { name: "添加批注" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "已添加批注" })).toBeVisible();
  await act(reviewer, "退回", "已退回", {
    label: "退回原因",
    text: "第五部分问题写得过于笼统，请逐条写明改进措施。",
  });

  // The clerk is told, sees the reason and the comment on its cell, answers and fixes.
  await clerk.goto("/fill");
  // The comment and the return: two notices.
  await expect(clerk.getByTestId("notifications-link")).toContainText("2条未读");
  await clerk.goto(fill);
  await expect(clerk.getByRole("region", { name: "退回原因" })).toContainText("请逐条写明改进措施");
  await expect(clerk.getByText("1 条待处理批注")).toBeVisible();
  await clerk.goto(`${fill}/s3`);
  await expect(clerk.locator('[data-comment-anchor="T3.r03.c1"]')).toContainText("批注1");
  const thread = clerk.locator('[data-thread-target="T3.r03.c1"]');
  await expect(thread).toContainText("请核实予以公开的自然人申请数。");
  await thread.getByLabel("回复").fill("已核实，本年无申请，数据为0。");
  await thread.getByRole("button", { name: "回复" }).click();
  await expect(thread.getByRole("status").filter({ hasText: "已回复" })).toBeVisible();
  // Settling the reviewer's comment is the reviewer's.
  await expect(thread.getByRole("button", { name: "标记为已解决" })).toHaveCount(0);
  await clerk.goto(`${fill}/s5`);
  await clerk
    .getByLabel("五、存在的主要问题及改进情况", { exact: true })
    .fill("问题一：信息发布不及时。改进：建立周报制度。问题二：栏目更新慢。改进：专人每周更新。");
  await waitForSaved(clerk);
  await submit(clerk);

  // The reviewer sees what changed since the return, approves and publishes.
  await reviewer.goto(review);
  await expect(reviewer.getByRole("region", { name: "与上次提交相比的修改" })).toContainText(
    "五、存在的主要问题及改进情况",
  );
  const diff = reviewer.locator("#section-s5 [data-narrative-diff]");
  await expect(diff.locator("ins").filter({ hasText: "问题二：栏目更新慢" })).toHaveCount(1);
  await expect(diff.locator("del").filter({ hasText: "信息发布台账" })).toHaveCount(1);
  const answered = reviewer.locator('[data-thread-target="T3.r03.c1"]');
  await expect(answered).toContainText("已核实，本年无申请");
  await answered.getByRole("button", { name: "标记为已解决" }).click();
  await expect(answered).toContainText("已解决");
  await act(reviewer, "审核通过", "已审核通过");
  // The list of published reports is served from the page cache; publishing drops it.
  const listed = async () =>
    (await (await reviewer.request.get("/reports")).text()).includes(`href="${publicPage}"`);
  await reviewer.request.get("/reports");
  expect((await reviewer.request.get("/reports")).headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await listed()).toBe(false);
  await act(reviewer, "公开…", "已公开（第 1 版）");
  expect(await listed()).toBe(true);
  await reviewer.goto(review);
  await expect(reviewer.getByRole("table", { name: "操作记录" })).toContainText("退回");
  await expect(reviewer.getByRole("table", { name: "操作记录" })).toContainText("公开");
  // Who acted, as named and in the role they held at the time (stored with each event).
  await expect(reviewer.getByRole("table", { name: "操作记录" })).toContainText("万州区审核人（审核人）");

  const anonymous = await (await browser.newContext()).newPage();
  const response = await anonymous.goto(publicPage);
  expect(response?.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText(
    `${year}年政府信息公开工作年度报告`,
  );
  await expect(anonymous.getByText("问题一：信息发布不及时")).toBeVisible();
});

test("correction loop: the public keeps the published version until the correction is published", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const reviewer = await as(browser, "wanzhou-reviewer");
  await act(reviewer, "发起更正", "已发起更正", { label: "更正原因", text: "第五部分补充整改时限。" });

  const clerk = await as(browser, "wuling-clerk");
  await clerk.goto(`${fill}/s5`);
  await clerk
    .getByLabel("五、存在的主要问题及改进情况", { exact: true })
    .fill("问题一：信息发布不及时。改进：建立周报制度，3月底前完成。");
  await waitForSaved(clerk);
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(publicPage);
  await expect(anonymous.getByText("3月底前完成")).toHaveCount(0);
  await submit(clerk);

  await act(reviewer, "审核通过", "已审核通过");
  await act(reviewer, "公开…", "已公开（第 2 版）");
  await anonymous.goto(publicPage);
  await expect(anonymous.getByText("3月底前完成")).toBeVisible();
  await expect(anonymous.getByText(/更正/).first()).toBeVisible();
});
