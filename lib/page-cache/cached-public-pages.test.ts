import { describe, expect, it } from "vitest";
import { cachedPublicPagePath } from "./cached-public-pages.mjs";

const cached = (url: string) => {
  const { pathname, searchParams } = new URL(url, "http://localhost");
  return cachedPublicPagePath(pathname, searchParams);
};

describe("cachedPublicPagePath", () => {
  it.each([
    "/reports/jixian",
    "/reports/jixian/2021",
    "/reports/jixian/tunli",
    "/reports/jixian/tunli/2021",
    "/reports/jixian/tunli/2021/",
    "/reports/jixian/tunli/2021/revision/1",
    // The query string does not change these pages (?revision=N is rewritten after the proxy).
    "/reports/jixian/tunli/2021?revision=2",
    // Codes that look like route names are still codes: a filing unit "print" is the [second] page.
    "/reports/jixian/print",
    "/reports/jixian/download",
    "/reports-index/3",
  ])("%s is served from the page cache under its own path", (url) => {
    expect(cached(url)).toBe(url.split("?")[0]);
  });

  it.each([
    ["/reports", "/reports-index/1"],
    ["/reports?page=2", "/reports-index/2"],
    ["/reports?q=&county=&unit=&year=", "/reports-index/1"],
    ["/reports?q=%20&page=4", "/reports-index/4"],
    ["/reports?utm_source=mail", "/reports-index/1"],
  ])("the list %s is the cached page %s", (url, path) => {
    expect(cached(url)).toBe(path);
  });

  it.each([
    "/",
    "/reports?q=政务",
    "/reports?county=jixian",
    "/reports?unit=tunli&page=2",
    "/reports?township=tunli",
    "/reports?year=2021",
    "/reports?page=0",
    "/reports?page=abc",
    "/reports?page=12345",
    "/reports-index/0",
    "/reports-index/1/2",
    "/reports.json",
    "/reports/jixian/2021.json",
    "/reports/jixian/tunli/2021.pdf",
    "/reports/jixian/tunli/2021/print",
    "/reports/jixian/tunli/2021/download/csv",
    "/reports/jixian/2021/download/json",
    "/reports/a/b/c/d/e",
    "/review/jixian",
    "/fill/jixian/tunli/2021",
    "/login",
  ])("%s is rendered per request with the nonce policy", (url) => {
    expect(cached(url)).toBeNull();
  });
});
