import { describe, expect, it, vi } from "vitest";
import PageCacheHandler from "./page-cache-handler.mjs";
import { freshCachedPage, SETTLE_MS } from "./page-cache-store.mjs";
import { pageEtag } from "./public-cache-control.mjs";

const html =
  "<html><body><h1>屯里镇人民政府2021年政府信息公开工作年度报告</h1><script>self.__next_f.push([1])</script></body></html>";

function page(tags: string) {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from("0:{}"),
    headers: { "x-next-cache-tags": tags } as Record<string, unknown>,
    status: 200,
  };
}

describe("PageCacheHandler", () => {
  it("stores a page without scripts and with a policy that allows none, in the entry Next.js responds with too", async () => {
    const cache = new PageCacheHandler();
    const value = page("_N_T_/reports/a/b/2021");
    await cache.set("/reports/a/b/2021#page", value, {});
    const plain = "<html><body><h1>屯里镇人民政府2021年政府信息公开工作年度报告</h1></body></html>";
    // Next.js answers the first request with the value it passed to set.
    expect(value.html).toBe(plain);
    expect(String(value.headers["content-security-policy"])).toContain("script-src 'none'; ");
    const stored = await cache.get("/reports/a/b/2021#page");
    expect(stored?.value?.headers?.["content-security-policy"]).toBe(
      value.headers["content-security-policy"],
    );
    // Stored as UTF-8 bytes, the same text; the RSC payload for in-app navigation is kept.
    expect(Buffer.isBuffer(stored?.value?.html)).toBe(true);
    expect(String(stored?.value?.html)).toBe(plain);
    expect(String(stored?.value?.rscData)).toBe("0:{}");
  });

  it("keeps the scripts of a page that needs them, allowed by their hashes", async () => {
    const cache = new PageCacheHandler();
    const streaming = `<html><body><!--$?--><template id="B:0"></template><p>加载中</p><!--/$--><script>$RC("B:0","S:0")</script></body></html>`;
    const value = { ...page("_N_T_/streaming"), html: streaming };
    await cache.set("/streaming#page", value, {});
    expect(value.html).toBe(streaming);
    expect(String(value.headers["content-security-policy"])).toMatch(/script-src 'self' 'sha256-[^']+'; /);
    expect(String((await cache.get("/streaming#page"))?.value?.html)).toBe(streaming);
  });

  it("drops the pages and data that carry a revalidated tag, and nothing else", async () => {
    const cache = new PageCacheHandler();
    await cache.set("report-a", page("_N_T_/reports/x/a/2021,public,report:x/a/2021"), {});
    await cache.set("report-b", page("_N_T_/reports/x/b/2021,public,report:x/b/2021"), {});
    await cache.set(
      "data-a",
      { kind: "FETCH", data: { body: "{}", headers: {}, url: "" }, revalidate: 60 },
      { tags: ["report:x/a/2021"] },
    );
    await cache.revalidateTag(["report:x/a/2021"]);
    expect(await cache.get("report-a")).toBeNull();
    expect(await cache.get("data-a")).toBeNull();
    expect(await cache.get("report-b")).not.toBeNull();
    await cache.revalidateTag("public");
    expect(await cache.get("report-b")).toBeNull();
  });

  it("tells a CDN it may not serve the page stale, and when it was rendered", async () => {
    const cache = new PageCacheHandler();
    const value = page("_N_T_/reports/a/c/2021");
    const before = Date.now();
    await cache.set("/reports/a/c/2021#page", value, {});
    expect(value.headers["cache-control"]).toBe("public, max-age=0, no-cache");
    expect(String(value.headers["cache-control"])).not.toContain("stale-while-revalidate");
    const renderedAt = Date.parse(String(value.headers["last-modified"]));
    expect(renderedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    // The ETag is of the document as served (without scripts), and the proxy can look it up by path.
    expect(value.headers.etag).toBe(pageEtag(String(value.html)));
  });

  it("finds a fresh page by its request path, for the production server to send as it is", async () => {
    const cache = new PageCacheHandler();
    const key = (path: string) => `/route-cache/APP_PAGE/${"0".repeat(64)}/$${path}`;
    const hour = { cacheControl: { revalidate: 3600 } };
    const now = Date.now();
    expect(freshCachedPage("/reports/a/d/2021", now)).toBeUndefined();
    await cache.set(key("/reports/a/d/2021"), page("_N_T_/reports/a/d/2021"), hour);
    const fresh = freshCachedPage("/reports/a/d/2021", now);
    expect(String(fresh?.html)).toContain("屯里镇");
    expect(fresh?.headers.etag).toMatch(/^"/);
    // Past its revalidation time it is Next.js's to serve (stale) and render anew.
    expect(freshCachedPage("/reports/a/d/2021", now + 3601_000)).toBeUndefined();
    // Dropped by a publication: gone for the fast path too.
    await cache.revalidateTag("_N_T_/reports/a/d/2021");
    expect(freshCachedPage("/reports/a/d/2021", now)).toBeUndefined();
    // 404s and pages without a revalidation time are left to Next.js.
    await cache.set(key("/reports/a/missing/2021"), { ...page("_N_T_/x"), status: 404 }, hour);
    expect(freshCachedPage("/reports/a/missing/2021", now)).toBeUndefined();
    await cache.set(key("/reports/a/e/2021"), page("_N_T_/y"), {});
    expect(freshCachedPage("/reports/a/e/2021", now)).toBeUndefined();
  });

  it("drops a revalidated tag a second time, after renders under way have stored their pages", async () => {
    vi.useFakeTimers();
    try {
      const cache = new PageCacheHandler();
      await cache.set("late", page("_N_T_/late,report:x/late/2021"), {});
      await cache.revalidateTag("report:x/late/2021");
      // A render that read the database before the change stores its page now…
      await cache.set("late", page("_N_T_/late,report:x/late/2021"), {});
      expect(await cache.get("late")).not.toBeNull();
      vi.advanceTimersByTime(SETTLE_MS);
      // …and it goes with the second drop.
      expect(await cache.get("late")).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps other kinds of entries as given", async () => {
    const cache = new PageCacheHandler();
    const route = { kind: "APP_ROUTE", body: Buffer.from("{}"), headers: {}, status: 200 };
    await cache.set("route", route, {});
    expect((await cache.get("route"))?.value).toBe(route);
    expect(await cache.get("missing")).toBeNull();
  });

  it("stays within its memory bound: the least recently used pages go first", async () => {
    const cache = new PageCacheHandler();
    const big = (n: number) => ({ ...page(`_N_T_/big/${n}`), html: `<p>${"年".repeat(512 * 1024)}${n}</p>` });
    await cache.set("big-0", big(0), {});
    await cache.set("big-1", big(1), {});
    for (let n = 2; n < 80; n++) {
      await cache.get("big-0"); // kept in use
      await cache.set(`big-${n}`, big(n), {});
    }
    // Each page is ~1.5 MB as UTF-8: 80 of them exceed the 64 MB bound.
    expect(await cache.get("big-0")).not.toBeNull();
    expect(await cache.get("big-1")).toBeNull();
    expect(await cache.get("big-79")).not.toBeNull();
    // 80 pages of 1.5 MB, each stripped and hashed: slow on a busy machine, not a timing test.
  }, 60_000);
});
