import { expect, test } from "@playwright/test";
import { login, logout, submitLogin } from "./support/login";

test.describe("login lands each role on its home", () => {
  const cases = [
    { username: "admin", url: /\/admin$/, heading: "全部县区 · 管理", scope: "全部县区" },
    {
      username: "jixian-reviewer",
      url: /\/review\/jixian$/,
      heading: /^吉县 · \d{4}年度报告$/,
      scope: "吉县",
    },
    {
      username: "wanzhou-reviewer",
      url: /\/review\/wanzhou$/,
      heading: /^万州区 · \d{4}年度报告$/,
      scope: "万州区",
    },
    {
      username: "tunli-clerk",
      url: /\/fill\/jixian\/tunli$/,
      heading: "屯里镇 · 年度报告填报",
      scope: "吉县 · 屯里镇",
    },
    {
      username: "wuling-clerk",
      url: /\/fill\/wanzhou\/wuling$/,
      heading: "武陵镇 · 年度报告填报",
      scope: "万州区 · 武陵镇",
    },
  ];
  for (const c of cases) {
    test(c.username, async ({ page }) => {
      await login(page, c.username);
      await expect(page).toHaveURL(c.url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.heading);
      await expect(page.getByTestId("user-scope")).toHaveText(c.scope);
    });
  }
});

test("a wrong password shows a clear error and stays on /login", async ({ page }) => {
  await submitLogin(page, "tunli-clerk", "wrong-password-1");
  const alert = page.getByRole("alert", { name: "无法登录" });
  await expect(alert).toContainText("用户名或密码错误");
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId("user-scope")).toHaveCount(0);
});

test("an unknown user gets the same error as a wrong password", async ({ page }) => {
  await submitLogin(page, "no-such-user", "whatever-123");
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
});

test("empty fields are reported without a request", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert", { name: "无法登录" })).toBeVisible();
  await expect(page.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");
});

for (const path of ["/fill", "/review/jixian", "/admin", "/home", "/account/password"]) {
  test(`anonymous ${path} redirects to /login`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  });
}

test("logout ends the session", async ({ page }) => {
  await login(page, "qu-e-clerk");
  await expect(page).toHaveURL(/\/fill\/jixian\/qu-e$/);
  await logout(page);
  await expect(page.getByTestId("user-scope")).toHaveCount(0);
  await page.goto("/fill");
  await expect(page).toHaveURL(/\/login$/);
});

test("a signed-in user visiting /login goes to their home", async ({ page }) => {
  await login(page, "wuling-clerk");
  await page.goto("/login");
  await expect(page).toHaveURL(/\/fill\/wanzhou\/wuling$/);
});
