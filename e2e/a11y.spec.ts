import { expect, test } from "@playwright/test";
import { expectNoViolations } from "./support/axe";
import { login } from "./support/login";

const pages: { path: string; user?: string; heading: string | RegExp }[] = [
  { path: "/", heading: "政府信息公开工作年度报告" },
  { path: "/login", heading: "登录" },
  { path: "/fill/jixian/tunli", user: "tunli-clerk", heading: "屯里镇 · 年度报告填报" },
  { path: "/review/jixian", user: "jixian-reviewer", heading: /^吉县 · \d{4}年度报告$/ },
  { path: "/admin", user: "admin", heading: "全部县区 · 管理" },
  { path: "/account/password", user: "qu-e-clerk", heading: "修改密码" },
];

for (const p of pages) {
  test(`axe: ${p.path}${p.user ? ` (${p.user})` : ""}`, async ({ page }) => {
    if (p.user) await login(page, p.user);
    await page.goto(p.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(p.heading);
    await expectNoViolations(page);
  });
}

test("axe: the login error summary", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("用户名").fill("tunli-clerk");
  await page.getByLabel("密码", { exact: true }).fill("not-the-password-1");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await expectNoViolations(page);
});

test("axe: the 403 page", async ({ page }) => {
  await login(page, "wuling-clerk");
  await page.goto("/fill/jixian/tunli");
  await expect(page.getByRole("heading", { name: "无权访问此页面" })).toBeVisible();
  await expectNoViolations(page);
});
