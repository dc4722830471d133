/**
 * Public pages cached as HTML: the same page for everyone, served from the
 * cache after the first visit, as a plain document without scripts and with
 * a Content-Security-Policy that allows none (no per-request nonce is
 * possible on a cached page), and never the nonce policy on top.
 */
import { createHash } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import { login } from "./support/login";

const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;
/** A county year no other test opens: its first response is rendered, not served from the cache. */
const UNVISITED = `/reports/${F.county}/2015`;

/** The page's single policy allows no script, and the page holds none. */
async function expectScriptFreePage(response: APIResponse) {
  const policies = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const scriptSrc = policies[0]!.value.split("; ").find((d) => d.startsWith("script-src "));
  expect(scriptSrc).toBe("script-src 'none'");
  const html = await response.text();
  expect(html).not.toMatch(/<script\b/i);
  expect(html).not.toContain('as="script"');
  return html;
}

test("report, revision, county, county-year, filing unit and list pages: cached, without scripts from the first response on", async ({
  request,
}) => {
  for (const path of [
    REPORT,
    `${REPORT}?revision=1`,
    `/reports/${F.county}`,
    `/reports/${F.county}/${F.corrected.year}`,
    `/reports/${F.county}/${F.late.filingUnit}`,
    "/reports",
    "/reports?q=&county=&filingUnit=&year=",
    UNVISITED,
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const html = await expectScriptFreePage(first);
    expect(html, path).toContain("</footer>");
    if (path === UNVISITED) expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect((await expectScriptFreePage(again)) === html, path).toBe(true);
  }
});

test("a cached 404 keeps the scripts that render it, each allowed by its hash, and shows its message", async ({
  page,
  request,
}) => {
  const path = `/reports/nowhere-${Date.now().toString(36)}`;
  for (const expected of ["MISS", "HIT"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()["x-nextjs-cache"]).toBe(expected);
    const scriptSrc = response
      .headers()
      ["content-security-policy"]!.split("; ")
      .find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toMatch(/^script-src 'self' 'sha256-/);
    const inline = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      ([, attributes]) => !/\bsrc=/.test(attributes!),
    );
    expect(inline.length).toBeGreaterThan(0);
    for (const [, , body] of inline) {
      expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`);
    }
  }
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  expect((await page.goto(path))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("an earlier revision at ?revision=N is that revision's own cached page", async ({ request }) => {
  const latest = await (await request.get(REPORT)).text();
  const first = await (await request.get(`${REPORT}?revision=1`)).text();
  expect(first === latest).toBe(false);
  expect(first.replaceAll("<!-- -->", "").includes("您正在查看第1版")).toBe(true);
  for (const bad of ["0", "abc", "99", "1.5"]) {
    expect((await request.get(`${REPORT}?revision=${bad}`)).status(), `revision=${bad}`).toBe(404);
  }
  // An empty parameter names no revision: the latest.
  expect((await (await request.get(`${REPORT}?revision=`)).text()) === latest).toBe(true);
});

test("the plain list is served at its public URL, and a search from it is rendered per request", async ({
  page,
}) => {
  const response = await page.goto("/reports?page=1");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/reports\?page=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("公开报告");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/reports$/);
  await expect(page.getByRole("heading", { name: /共 \d+ 份已公开的报告/ })).toBeVisible();
  // A search from the cached list is rendered per request, with its own results.
  await page.getByRole("searchbox", { name: "关键词" }).fill("政务新媒体");
  await page.getByRole("button", { name: "检索" }).click();
  await expect(page).toHaveURL(/\/reports\?q=/);
  await expect(page.getByRole("heading", { name: /找到 \d+ 份报告/ })).toBeVisible();
});

test("a cached report page reads and navigates as a plain document, with no CSP violation", async ({
  page,
}) => {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" || /Content Security Policy/i.test(message.text()))
      problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(REPORT);
  await page.goto(REPORT); // from the cache
  expect(await page.locator("script").count()).toBe(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("年政府信息公开工作年度报告");
  await page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "公开报告" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("公开报告");
  expect(problems).toEqual([]);
});

test("from a page that runs the app, the cached pages open by client-side navigation", async ({ page }) => {
  await page.goto("/");
  await page.evaluate(() => ((window as unknown as { __stayed?: boolean }).__stayed = true));
  await page.getByRole("link", { name: "查看全部已公开的报告" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { name: /共 \d+ 份已公开的报告/ })).toBeVisible();
  const results = page.getByRole("region", { name: /份已公开的报告/ });
  await results.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/[^/]+\/\d{4}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("年政府信息公开工作年度报告");
  // The same document all along: the router fetched both pages' data, it did not reload.
  expect(await page.evaluate(() => (window as unknown as { __stayed?: boolean }).__stayed)).toBe(true);
});

test("pages rendered per request keep the nonce policy; unknown URLs too", async ({ request }) => {
  for (const path of [
    "/",
    "/reports?q=公开",
    "/reports?page=abc",
    `${REPORT}/print`,
    "/no/such/page",
    "/reports/a/b/c/d/e",
  ]) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
  }
});

test("the cached pages are the same for staff: no session read, an entrance to the work pages instead", async ({
  page,
}) => {
  await login(page, "wanzhou-reviewer");
  await page.goto(REPORT);
  const header = page.getByRole("banner");
  await expect(header.getByRole("button", { name: "退出登录" })).toHaveCount(0);
  await header.getByRole("link", { name: "工作人员入口" }).click();
  await expect(page).toHaveURL(/\/review/);
});

test("a county added by an administrator is public at once, though its URL was cached as 404 before", async ({
  page,
  request,
}) => {
  const code = `cache-${Date.now().toString(36)}`;
  const path = `/reports/${code}`;
  expect((await request.get(path)).status()).toBe(404);
  const cached = await request.get(path);
  expect(cached.status()).toBe(404);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");

  await login(page, "admin");
  await page.goto("/admin");
  await page.getByLabel("县区名称").fill("缓存测试县");
  await page.getByLabel("县区代码").fill(code);
  await page.getByRole("button", { name: "新建县区" }).click();
  await expect(page.getByText("已新建县区：缓存测试县")).toBeVisible();

  const after = await request.get(path);
  expect(after.status()).toBe(200);
  expect(await after.text()).toContain("缓存测试县");
});
