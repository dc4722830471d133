/**
 * Public pages cached as HTML: the same page for everyone, served from the
 * cache after the first visit, each with a Content-Security-Policy that
 * allows exactly its own inline scripts (no per-request nonce is possible on
 * a cached page), and never the nonce policy on top.
 */
import { createHash } from "node:crypto";
import { expect, test, type APIResponse } from "@playwright/test";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import { login } from "./support/login";

const REPORT = `/reports/${F.county}/${F.corrected.township}/${F.corrected.year}`;
/** A county year no other test opens: its first response is rendered, not served from the cache. */
const UNVISITED = `/reports/${F.county}/2015`;

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!))
    .map(([, , body]) => body!);
}

/** The page's single policy allows each of its inline scripts by hash, and nothing by nonce or unsafe-inline. */
async function expectHashPolicy(response: APIResponse) {
  const policies = response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  expect(policies).toHaveLength(1);
  const scriptSrc = policies[0]!.value.split("; ").find((d) => d.startsWith("script-src "))!;
  expect(scriptSrc).not.toContain("nonce-");
  expect(scriptSrc).not.toContain("unsafe-inline");
  const scripts = inlineScripts(await response.text());
  expect(scripts.length).toBeGreaterThan(0);
  for (const body of scripts) {
    expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return scriptSrc;
}

test("report, revision, county, county-year and township pages: cached, each with its own hash policy from the first response on", async ({
  request,
}) => {
  for (const path of [
    REPORT,
    `${REPORT}?revision=1`,
    `/reports/${F.county}`,
    `/reports/${F.county}/${F.corrected.year}`,
    `/reports/${F.county}/${F.late.township}`,
    UNVISITED,
  ]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const policy = await expectHashPolicy(first);
    if (path === UNVISITED) expect(first.headers()["x-nextjs-cache"]).toBe("MISS");
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(await expectHashPolicy(again)).toBe(policy);
    expect((await again.text()) === (await first.text()), path).toBe(true);
  }
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

test("a cached report page runs Next.js's scripts under its policy, with no violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(REPORT);
  await page.goto(REPORT); // from the cache
  // Client-side navigation works only once the page has hydrated.
  await page.evaluate(() => ((window as unknown as { __navigated?: boolean }).__navigated = true));
  await page.getByRole("navigation", { name: "位置" }).getByRole("link", { name: "公开报告" }).click();
  await expect(page).toHaveURL(/\/reports$/);
  expect(await page.evaluate(() => (window as unknown as { __navigated?: boolean }).__navigated)).toBe(true);
  expect(violations).toEqual([]);
});

test("pages rendered per request keep the nonce policy; unknown URLs too", async ({ request }) => {
  for (const path of ["/", "/reports", `${REPORT}/print`, "/no/such/page", "/reports/a/b/c/d/e"]) {
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
