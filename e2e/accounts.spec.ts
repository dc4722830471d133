import { expect, test, type Page } from "@playwright/test";
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
