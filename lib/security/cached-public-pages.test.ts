import { describe, expect, it } from "vitest";
import { isCachedPublicPage } from "./cached-public-pages";

describe("isCachedPublicPage", () => {
  it.each([
    "/reports/jixian",
    "/reports/jixian/2021",
    "/reports/jixian/tunli",
    "/reports/jixian/tunli/2021",
    "/reports/jixian/tunli/2021/",
    "/reports/jixian/tunli/2021/revision/1",
    // Codes that look like route names are still codes: a township "print" is the [second] page.
    "/reports/jixian/print",
    "/reports/jixian/download",
  ])("%s is served from the page cache with its own policy", (path) => {
    expect(isCachedPublicPage(path)).toBe(true);
  });

  it.each([
    "/",
    "/reports",
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
  ])("%s is rendered per request with the nonce policy", (path) => {
    expect(isCachedPublicPage(path)).toBe(false);
  });
});
