import { expect, type Page } from "@playwright/test";

/** Password of every demo account (lib/demo/demo-data.ts). */
export const DEMO_PASSWORD = "demo1234";

/**
 * Fills in and submits the login form; does not wait for where it lands.
 * `server` is another app server's origin (the multi-server tests); by default the test server.
 */
export async function submitLogin(
  page: Page,
  username: string,
  password: string,
  server = "",
): Promise<void> {
  await page.goto(`${server}/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** Signs in and waits until the browser has left /login. */
export async function login(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
  server = "",
): Promise<void> {
  await submitLogin(page, username, password, server);
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/** The header's 退出登录 button; afterwards the browser is on /login. */
export async function logout(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login$/);
}
