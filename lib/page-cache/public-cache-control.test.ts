import { describe, expect, it } from "vitest";
import { matchesEtag, pageEtag, publicCdnSeconds, publicPageCacheHeaders } from "./public-cache-control.mjs";

describe("public page caching headers", () => {
  const renderedAt = new Date("2027-01-20T02:00:00Z");

  it("by default lets a shared cache store a page but ask the origin before every use", () => {
    expect(publicPageCacheHeaders(renderedAt, 0)).toEqual({
      "cache-control": "public, max-age=0, no-cache",
      "last-modified": "Wed, 20 Jan 2027 02:00:00 GMT",
    });
  });

  it("with PUBLIC_CDN_MAX_AGE, a short shared lifetime that is never extended by stale serving", () => {
    const header = publicPageCacheHeaders(renderedAt, 10)["cache-control"];
    expect(header).toBe("public, max-age=0, s-maxage=10, must-revalidate");
    expect(header).not.toContain("stale-while-revalidate");
  });

  it("reads the setting leniently: missing or malformed is 0, and at most five minutes", () => {
    expect(publicCdnSeconds(undefined)).toBe(0);
    expect(publicCdnSeconds("abc")).toBe(0);
    expect(publicCdnSeconds("-5")).toBe(0);
    expect(publicCdnSeconds("1.5")).toBe(0);
    expect(publicCdnSeconds("30")).toBe(30);
    expect(publicCdnSeconds("86400")).toBe(300);
  });
});

describe("entity tags of cached pages", () => {
  it("are strong, quoted and change with the page's bytes", () => {
    const tag = pageEtag("<p>第 1 版</p>");
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(pageEtag("<p>第 1 版</p>")).toBe(tag);
    expect(pageEtag("<p>第 2 版</p>")).not.toBe(tag);
  });

  it("match If-None-Match as RFC 9110 compares them: any in a list, weak or strong, or *", () => {
    const tag = pageEtag("a");
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesEtag(`W/${tag}`, tag)).toBe(true);
    expect(matchesEtag("*", tag)).toBe(true);
    expect(matchesEtag('"other"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
    expect(matchesEtag("", tag)).toBe(false);
  });
});
