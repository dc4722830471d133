import { describe, expect, it } from "vitest";
import { toStaticDocument } from "./static-document.mjs";

// The shape of a cached report page as Next.js renders it (abridged).
const head =
  '<head><meta charSet="utf-8"/><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/c.js" async=""></script><title>报告</title>' +
  '<link rel="canonical" href="/reports/jixian/tunli/2021"/>' +
  '<script src="/_next/static/chunks/polyfill.js" noModule=""></script></head>';
const body =
  "<body><main><h1>吉县屯里镇人民政府2021年政府信息公开工作年度报告</h1><!--$--><p>正文</p><!--/$-->" +
  "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p></main>" +
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
  '<script>self.__next_f.push([1,"一是\\u003c/script\\u003e"])</script></body>';

describe("toStaticDocument", () => {
  it("removes every script and script preload, and keeps the content, styles and links", () => {
    const result = toStaticDocument(`<!DOCTYPE html><html lang="zh-CN">${head}${body}</html>`)!;
    expect(result).not.toMatch(/<script/i);
    expect(result).not.toContain('as="script"');
    expect(result).toContain(
      '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
    );
    expect(result).toContain('<link rel="canonical" href="/reports/jixian/tunli/2021"/>');
    expect(result).toContain("<title>报告</title>");
    expect(result).toContain(
      "<h1>吉县屯里镇人民政府2021年政府信息公开工作年度报告</h1><!--$--><p>正文</p><!--/$-->",
    );
    // Narrative text that looks like markup is escaped text, not a script, and stays.
    expect(result).toContain("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
    expect(result.endsWith("</main></body></html>")).toBe(true);
  });

  it("removes module preloads and scripts however their attributes are written", () => {
    const html =
      '<link href="/x.js" rel="modulepreload"/><link as=script rel=preload href=/y.js>' +
      '<SCRIPT type="module" src="/z.js"></SCRIPT ><script\nasync src="/w.js"></script><p>留下</p>';
    expect(toStaticDocument(html)).toBe("<p>留下</p>");
  });

  it("keeps data blocks, which are not run", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"Report"}</script>';
    expect(toStaticDocument(`<head>${jsonLd}<script>run()</script></head>`)).toBe(`<head>${jsonLd}</head>`);
  });

  it("leaves a page whole when its content still depends on scripts", () => {
    const streaming =
      '<!--$?--><template id="B:0"></template><p>加载中</p><!--/$--><script>$RC("B:0","S:0")</script>';
    expect(toStaticDocument(streaming)).toBeNull();
    const clientRendered = "<!--$!--><template></template><p>加载中</p><!--/$--><script>go()</script>";
    expect(toStaticDocument(clientRendered)).toBeNull();
    const notFoundShell =
      '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"页面不存在"])</script></body></html>';
    expect(toStaticDocument(notFoundShell)).toBeNull();
  });

  it("changes nothing in a document that has no scripts", () => {
    const plain = "<html><body><p>静态</p></body></html>";
    expect(toStaticDocument(plain)).toBe(plain);
  });
});
