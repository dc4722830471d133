import { expect, test } from "@playwright/test";
import { login } from "./support/login";

const FORBIDDEN = "无权访问此页面";

test.describe("a clerk stays inside their filing unit", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "tunli-clerk");
  });

  test("another filing unit of the same county is forbidden", async ({ page }) => {
    const response = await page.goto("/fill/jixian/qu-e");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
    await expect(page.getByText("曲峨镇 · 年度报告填报")).toHaveCount(0);
  });

  test("the county review dashboard is forbidden", async ({ page }) => {
    const response = await page.goto("/review/jixian");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
  });

  test("the admin page is forbidden", async ({ page }) => {
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
  });

  test("the own filing unit page is open", async ({ page }) => {
    const response = await page.goto("/fill/jixian/tunli");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("屯里镇 · 年度报告填报");
  });
});

test.describe("a reviewer stays inside their county", () => {
  test.beforeEach(async ({ page }) => {
    await login(page, "jixian-reviewer");
  });

  test("the own county lists its filing units", async ({ page }) => {
    await expect(page).toHaveURL(/\/review\/jixian$/);
    // One row per filing unit of 吉县, of every kind: townships, a street, departments, the county government.
    const names = await page.getByRole("table").getByRole("rowheader").allTextContents();
    expect(names.map((n) => n.trim()).sort()).toEqual(
      [
        "壶口镇",
        "吉昌镇",
        "曲峨镇",
        "屯里镇",
        "城区街道（演示）",
        "县发展和改革局",
        "县自然资源局",
        "县教育局",
        "吉县人民政府",
      ].sort(),
    );
    await expect(page.getByRole("rowheader", { name: "屯里镇" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "武陵镇" })).toHaveCount(0);
  });

  test("another county is forbidden", async ({ page }) => {
    const response = await page.goto("/review/wanzhou");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
  });

  test("a filing unit fill page is forbidden", async ({ page }) => {
    const response = await page.goto("/fill/jixian/tunli");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: FORBIDDEN })).toBeVisible();
  });
});
