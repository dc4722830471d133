import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PageCacheHandler from "./page-cache-handler.mjs";
import { serveCachedPage } from "./serve-cached-page.mjs";

const html =
  "<html><body><h1>吉县屯里镇人民政府2020年政府信息公开工作年度报告</h1><script>self.__next_f.push([1])</script></body></html>";
const key = (path: string) => `/route-cache/APP_PAGE/${"1".repeat(64)}/$${path}`;
const page = (tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("0:{}"),
  headers: { "x-next-cache-tags": tags } as Record<string, unknown>,
  status: 200,
});

let server: Server;
let base = "";
const passedOn: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    if (serveCachedPage(request, response, { appUrl: "https://nianbao.example.gov.cn" })) return;
    passedOn.push(request.url ?? "");
    response.writeHead(200, { "content-type": "text/plain" });
    response.end("next.js");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cache = new PageCacheHandler();
  await cache.set(key("/reports/srv/tunli/2020"), page("_N_T_/reports/srv/tunli/2020"), {
    cacheControl: { revalidate: 3600 },
  });
  await cache.set(key("/reports-index/1"), page("_N_T_/reports-index/1"), {
    cacheControl: { revalidate: 3600 },
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("cached pages answered by the production server itself", () => {
  it("sends the stored document with its own policy, caching headers and the security headers", async () => {
    const response = await fetch(`${base}/reports/srv/tunli/2020`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain("屯里镇");
    expect(text).not.toContain("<script");
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, no-cache");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000");
    expect(response.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(response.headers.get("x-next-cache-tags")).toBeNull();
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("answers a revalidation with the page's ETag with 304 and no body", async () => {
    const etag = (await fetch(`${base}/reports/srv/tunli/2020`)).headers.get("etag")!;
    const response = await fetch(`${base}/reports/srv/tunli/2020`, { headers: { "If-None-Match": etag } });
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
  });

  it("serves the report list under its public URL", async () => {
    expect(await (await fetch(`${base}/reports`)).text()).toContain("屯里镇");
    expect(await (await fetch(`${base}/reports?page=1`)).text()).toContain("屯里镇");
  });

  it("leaves to Next.js what is not exactly a fresh cached page", async () => {
    passedOn.length = 0;
    await fetch(`${base}/reports/srv/tunli/2020?revision=1`);
    await fetch(`${base}/reports/srv/tunli/2020`, { headers: { RSC: "1" } });
    await fetch(`${base}/reports/srv/tunli/2020`, { method: "POST" });
    await fetch(`${base}/reports/srv/qu-e/2020`);
    await fetch(`${base}/reports?q=屯里`);
    await fetch(`${base}/fill`);
    expect(passedOn).toEqual([
      "/reports/srv/tunli/2020?revision=1",
      "/reports/srv/tunli/2020",
      "/reports/srv/tunli/2020",
      "/reports/srv/qu-e/2020",
      `/reports?q=${encodeURIComponent("屯里")}`,
      "/fill",
    ]);
  });
});
