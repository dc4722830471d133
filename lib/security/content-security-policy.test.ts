import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cachedPagePolicy, inlineScriptHashes, noncePolicy } from "./content-security-policy.mjs";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

function scriptSources(policy: string): string[] {
  const directive = policy.split("; ").find((d) => d.startsWith("script-src "));
  return directive!.split(" ").slice(1);
}

describe("inlineScriptHashes", () => {
  it("hashes the text of each inline script, exactly as written, and skips scripts with src", () => {
    const first = "(self.__next_f=self.__next_f||[]).push([0])";
    const second = 'self.__next_f.push([1,"五、存在的主要问题\\u003c/script\\u003e"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head>
<body><p>正文</p><script>${first}</script><script id="_R_">${second}</script>
<script async src="/b.js"></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha(first), sha(second)]);
  });

  it("lists a repeated script once and finds none in plain HTML", () => {
    expect(inlineScriptHashes("<script>a()</script><script>a()</script>")).toEqual([sha("a()")]);
    expect(inlineScriptHashes("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")).toEqual([]);
  });

  it("hashes whitespace and multi-line bodies as they are", () => {
    expect(inlineScriptHashes('<SCRIPT type="text/javascript">\n  go();\n</SCRIPT >')).toEqual([
      sha("\n  go();\n"),
    ]);
  });
});

describe("policies", () => {
  it("a cached page allows this origin and exactly its own inline scripts, with no nonce", () => {
    const policy = cachedPagePolicy("<script>one()</script><script>two()</script>");
    expect(scriptSources(policy)).toEqual(["'self'", `'sha256-${sha("one()")}'`, `'sha256-${sha("two()")}'`]);
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
  });

  it("a page with scripts from this origin only allows those", () => {
    expect(scriptSources(cachedPagePolicy('<script src="/_next/a.js"></script><p>静态</p>'))).toEqual([
      "'self'",
    ]);
  });

  it("a page without any script allows no script at all", () => {
    expect(scriptSources(cachedPagePolicy("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"))).toEqual([
      "'none'",
    ]);
  });

  it("both policies share every other directive", () => {
    const rest = (policy: string) => policy.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(rest(cachedPagePolicy("<script>x()</script>"))).toEqual(rest(noncePolicy("abc")));
    expect(rest(noncePolicy("abc"))).toContain("frame-ancestors 'none'");
    expect(rest(noncePolicy("abc"))).toContain("object-src 'none'");
  });

  it("a rendered page gets its nonce and strict-dynamic; eval only in development", () => {
    expect(scriptSources(noncePolicy("bm9uY2U="))).toEqual([
      "'self'",
      "'nonce-bm9uY2U='",
      "'strict-dynamic'",
    ]);
    expect(scriptSources(noncePolicy("n", true))).toContain("'unsafe-eval'");
  });
});
