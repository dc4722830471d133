import { expect, test } from "@playwright/test";
import { currentReportYear, fillCompleteReport, waitForSaved } from "./support/fill-report";
import { login } from "./support/login";

const year = currentReportYear();
const base = `/fill/jixian/tunli/${year}`;

test("a clerk fills a whole 2021-format report, sees the checks live, explains a warning and submits", async ({
  page,
}) => {
  // A whole report through the browser: longer than the default per-test budget on a 2-core machine.
  test.setTimeout(120_000);
  await login(page, "tunli-clerk");
  await page.getByRole("link", { name: new RegExp(`填写${year}年度报告`) }).click();
  await expect(page).toHaveURL(new RegExp(`${base}$`));
  await expect(page.getByRole("heading", { name: "填报概览" })).toBeVisible();
  await expect(page.getByRole("link", { name: "三、收到和处理政府信息公开申请情况" }).first()).toBeVisible();

  // Everything filed as 0 first; 规章 at a filing unit is filed on purpose, which raises warning T2-03.
  await fillCompleteReport(page, base, ["1", "0", "1"]);

  // T3-01 appears while typing and disappears once the column balances.
  await page.goto(`${base}/s3`);
  const received = page.getByLabel("一、本年新收政府信息公开申请数量 自然人");
  const findings = page.getByTestId("findings");
  await received.fill("１２");
  await expect(received).toHaveValue("１２");
  await expect(page.getByLabel("一、本年新收政府信息公开申请数量 总计")).toHaveValue("12");
  // One finding per unbalanced column: 自然人 and 总计.
  await expect(findings.locator('[data-finding="T3-01"]').filter({ hasText: "自然人列" })).toHaveCount(1);
  await page.getByLabel("（一）予以公开 自然人").fill("12");
  await expect(page.locator('[data-finding="T3-01"]')).toHaveCount(0);
  await expect(page.getByLabel("（七）总计 自然人")).toHaveValue("12");

  // A letter is refused in place, and nothing else is lost.
  const carried = page.getByLabel("二、上年结转政府信息公开申请数量 商业企业");
  await carried.fill("三");
  await expect(page.getByText("请输入不小于0的整数").first()).toBeVisible();
  await expect(received).toHaveValue("１２");
  await carried.fill("0");

  // Enter moves down, as in a spreadsheet.
  await page.getByLabel("（一）予以公开 商业企业").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/^（二）部分公开.* 商业企业$/)).toBeFocused();
  await waitForSaved(page);

  await page.goto(base);
  for (const heading of [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "六、其他需要报告的事项",
  ]) {
    await expect(page.getByRole("listitem").filter({ hasText: heading }).last()).not.toContainText("有错误");
  }

  await page.goto(`${base}/check`);
  await expect(page.getByText(/没有错误。有 \d+ 个警告/)).toBeVisible();
  const submit = page.getByRole("button", { name: "提交审核" });
  await submit.click();
  await expect(page.getByText(/请说明：/).first()).toBeVisible();
  const explanations = page.getByRole("group", { name: "警告说明" }).getByRole("textbox");
  const count = await explanations.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await explanations.nth(i).fill("本镇转发执行上级规章，已与县司法局核实。");
  await submit.click();
  await expect(page.getByText("报告已提交审核")).toBeVisible();
  await page.goto(base);
  await expect(page.getByText("已提交待审").first()).toBeVisible();
  await expect(page.getByText("审核期间不能修改")).toBeVisible();
  await page.goto(`${base}/s3`);
  await expect(page.getByLabel("（一）予以公开 自然人")).toHaveAttribute("readonly", "");
});
