import { expect, test } from "@playwright/test";

function nonceOf(csp: string): string {
  const match = /'nonce-([^']+)'/.exec(csp);
  expect(match, `CSP without a nonce: ${csp}`).not.toBeNull();
  return match![1]!;
}

test("pages carry the security headers and a per-request CSP nonce", async ({ request }) => {
  const first = await request.get("/login");
  expect(first.status()).toBe(200);
  const headers = first.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();

  // Next.js stamps the same nonce on the scripts it renders.
  const nonce = nonceOf(csp);
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);

  // A fresh nonce for every response.
  const second = await request.get("/login");
  expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);
});

test("the app runs its scripts under the CSP (no violations in the console)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/login");
  // The client-side form only reacts once hydrated: an empty submit shows the summary.
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("alert", { name: "无法登录" })).toBeVisible();
  expect(violations).toEqual([]);
});
