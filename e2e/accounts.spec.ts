import { expect, test, type Page } from "@playwright/test";
import { currentReportYear } from "../lib/reporting/report-year";
import { login, logout, submitLogin } from "./support/login";

/** A username no other test (or retry) uses. */
function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** As a signed-in admin on /admin: creates a user and returns the one-time password shown once. */
async function createUser(
  page: Page,
  user: { username: string; name: string; role: "填报人" | "审核人"; filingUnit?: string; county?: string },
): Promise<string> {
  await page.goto("/admin");
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("姓名").fill(user.name);
  await page.getByLabel("角色").selectOption({ label: user.role });
  if (user.filingUnit)
    await page.getByLabel("所属填报单位（填报人）").selectOption({ label: user.filingUnit });
  if (user.county) await page.getByLabel("所属县区（审核人、管理员）").selectOption({ label: user.county });
  await page.getByRole("button", { name: "创建用户" }).click();
  await expect(page.getByText(`已创建用户 ${user.username}`)).toBeVisible();
  const secret = (await page.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(secret.length).toBeGreaterThanOrEqual(8);
  // The new account is listed with its own controls.
  await expect(page.getByRole("button", { name: `停用 ${user.username}`, exact: true })).toBeVisible();
  return secret;
}

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel("当前密码").fill(current);
  await page.getByLabel("新密码", { exact: true }).fill(next);
  await page.getByLabel("确认新密码").fill(next);
  await page.getByRole("button", { name: "修改密码" }).click();
}

test("a new clerk must replace the one-time password before anything else", async ({ page }) => {
  const username = uniqueName("e2e-clerk");
  await login(page, "admin");
  const oneTimePassword = await createUser(page, {
    username,
    name: "测试填报人",
    role: "填报人",
    filingUnit: "吉县 · 吉昌镇",
  });
  await logout(page);

  await login(page, username, oneTimePassword);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("修改密码");
  await expect(page.getByText("您正在使用管理员发放的一次性密码")).toBeVisible();

  // Every other page sends the user back here until the password is changed.
  await page.goto("/fill/jixian/jichang");
  await expect(page).toHaveURL(/\/account\/password$/);

  // The form refuses a mismatched confirmation.
  await page.getByLabel("当前密码").fill(oneTimePassword);
  await page.getByLabel("新密码", { exact: true }).fill("Jichang2025a");
  await page.getByLabel("确认新密码").fill("Jichang2025b");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "两次输入的新密码不一致" })).toBeVisible();

  await changePassword(page, oneTimePassword, "Jichang2025a");
  await expect(page).toHaveURL(/\/fill\/jixian\/jichang$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("吉昌镇 · 年度报告填报");
  await expect(page.getByTestId("user-scope")).toHaveText("吉县 · 吉昌镇");

  // The one-time password is spent; the new one works.
  await logout(page);
  await submitLogin(page, username, oneTimePassword);
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await login(page, username, "Jichang2025a");
  await expect(page).toHaveURL(/\/fill\/jixian\/jichang$/);
});

test("a disabled account cannot sign in, and can again once re-enabled", async ({ page }) => {
  const username = uniqueName("e2e-reviewer");
  await login(page, "admin");
  const oneTimePassword = await createUser(page, {
    username,
    name: "测试审核人",
    role: "审核人",
    county: "万州区",
  });
  await page.getByRole("button", { name: `停用 ${username}`, exact: true }).click();
  await expect(page.getByText(`${username} 已停用`)).toBeVisible();
  await expect(page.getByRole("button", { name: `启用 ${username}`, exact: true })).toBeVisible();
  await logout(page);

  // Answered like a wrong password: the sign-in page tells nothing about the account.
  await submitLogin(page, username, oneTimePassword);
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  await login(page, "admin");
  await page.getByRole("button", { name: `启用 ${username}`, exact: true }).click();
  await expect(page.getByText(`${username} 已启用`)).toBeVisible();
  await logout(page);
  await login(page, username, oneTimePassword);
  await expect(page).toHaveURL(/\/account\/password$/);
});

test("an admin reset issues a new one-time password and voids the old one", async ({ page }) => {
  const username = uniqueName("e2e-reset");
  await login(page, "admin");
  const first = await createUser(page, {
    username,
    name: "测试重置",
    role: "填报人",
    filingUnit: "吉县 · 壶口镇",
  });
  await page.getByRole("button", { name: `重置 ${username} 的密码`, exact: true }).click();
  await expect(page.getByText(`已重置 ${username} 的密码`)).toBeVisible();
  // The reset form sits in the user's row; the create form above still shows the first password.
  const row = page.getByRole("row").filter({ hasText: username });
  const second = (await row.getByTestId("one-time-password").textContent())?.trim() ?? "";
  expect(second).not.toBe("");
  expect(second).not.toBe(first);
  await logout(page);

  await submitLogin(page, username, first);
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await login(page, username, second);
  await expect(page).toHaveURL(/\/account\/password$/);
});

test("a county department is created, given a clerk, renamed and retired; then it opens no new report", async ({
  page,
}) => {
  test.slow(); // two sign-ins, a password change and six admin actions
  const suffix = uniqueName("d").slice(2);
  const name = `测试局${suffix}`;
  const renamed = `测试和改革局${suffix}`;
  const code = `dept-${suffix}`;
  await login(page, "admin");
  await page.goto("/admin");

  const create = page.locator("form").filter({ has: page.getByRole("button", { name: "新建填报单位" }) });
  // In 万州区: 吉县's public pages are checked by other tests that do not expect a unit made here.
  await create.getByLabel("所属县区", { exact: true }).selectOption({ label: "万州区" });
  await create.getByLabel("单位类别").selectOption({ label: "县直部门" });
  // The organ name's example follows the kind.
  await expect(create.getByText("例如 吉县发展和改革局")).toBeVisible();
  await create.getByLabel("单位名称").fill(name);
  await create.getByLabel("单位代码").fill(code);
  await create.getByLabel("机关全称", { exact: true }).fill(`重庆市万州区${name}`);
  await create.getByRole("button", { name: "新建填报单位" }).click();
  await expect(page.getByText(`已新建填报单位：${name}（县直部门）`)).toBeVisible();

  // Listed with the county's departments, in use; offered to clerks under 万州区 · 县直部门.
  await page.reload();
  const departments = page.getByRole("table", { name: /^万州区 · 县直部门/ });
  const row = departments.getByRole("row").filter({ hasText: code });
  await expect(row.getByRole("cell", { name: "在用", exact: true })).toBeVisible();
  await expect(
    page.locator('#user-filing-unit optgroup[label="万州区 · 县直部门"] option', {
      hasText: `万州区 · ${name}`,
    }),
  ).toHaveCount(1);
  const clerk = uniqueName("e2e-dept");
  const oneTimePassword = await createUser(page, {
    username: clerk,
    name: "部门填报人",
    role: "填报人",
    filingUnit: `万州区 · ${name}`,
  });

  // Renamed: the code (and so every URL) stays.
  await page.reload();
  await row.getByText(`改名 ${name}`).click();
  await row.getByLabel(`${name} 的新名称`).fill(renamed);
  await row.getByLabel(`${name} 的新机关全称`).fill(`重庆市万州区${renamed}`);
  await row.getByRole("button", { name: `保存 ${name} 的新名称` }).click();
  await expect(page.getByText(`已将${name}改名为${renamed}；已公开的报告仍署原名称`)).toBeVisible();
  await page.reload();
  await expect(row.getByRole("rowheader")).toHaveText(renamed);
  await expect(row.getByRole("cell", { name: `重庆市万州区${renamed}`, exact: true })).toBeVisible();

  // Retired: kept and marked, no longer offered to clerks.
  await row.getByRole("button", { name: `停用 ${renamed}` }).click();
  await expect(page.getByText(`${renamed}已停用：不再接收新报告，历年报告和已公开的报告保留`)).toBeVisible();
  await page.reload();
  await expect(row.getByRole("cell", { name: "已停用", exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: `恢复 ${renamed}` })).toBeVisible();
  await expect(page.locator("#user-filing-unit option", { hasText: renamed })).toHaveCount(0);
  await logout(page);

  // Its clerk sees the history page but cannot start this year's report.
  await login(page, clerk, oneTimePassword);
  await changePassword(page, oneTimePassword, "Department2025a");
  await expect(page).toHaveURL(new RegExp(`/fill/wanzhou/${code}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${renamed} · 年度报告填报`);
  await expect(page.getByTestId("retired-unit")).toContainText("不再填报新的年度报告");
  await expect(page.getByRole("link", { name: /开始填写/ })).toHaveCount(0);
  await page.goto(`/fill/wanzhou/${code}/${currentReportYear(new Date())}`);
  await expect(page).toHaveURL(new RegExp(`/fill/wanzhou/${code}$`));
});

test("an admin renames an account, and a form with several problems lists them all", async ({ page }) => {
  const username = uniqueName("e2e-rename");
  await login(page, "admin");
  await createUser(page, { username, name: "改名前", role: "审核人", county: "吉县" });

  // Two problems at once: both are listed, not only the first.
  await page.getByLabel("用户名").fill("有 空格");
  await page.getByLabel("姓名").fill("x");
  await page.getByLabel("角色").selectOption({ label: "审核人" });
  await page.getByRole("button", { name: "创建用户" }).click();
  const problems = page.getByRole("button", { name: "创建用户" }).locator("..").getByRole("status");
  await expect(problems).toContainText("用户名只能包含字母、数字、点、下划线和连字符");
  await expect(problems).toContainText("请填写姓名或称谓");

  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: username, exact: true }) });
  await row.getByText(`更改 ${username} 的姓名或用户名`).click();
  await row.getByLabel("新称谓").fill("改名后");
  await row.getByLabel("新登录名").fill(`${username}-b`);
  await row.getByRole("button", { name: `保存 ${username} 的新名称` }).click();
  // The list is drawn again with the new name (the row is found by it now).
  await expect(page.getByText(`已更名：${username}-b（改名后）`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("rowheader", { name: `${username}-b`, exact: true })).toBeVisible();
});
