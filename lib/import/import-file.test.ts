import { describe, expect, test } from "vitest";
import { buildDocx } from "./fixtures/build-docx";
import { decodeText, importFile, sourceKindOf } from "./import-file";

describe("reading files", () => {
  test("UTF-8, GB18030 and UTF-16 text", () => {
    expect(decodeText(new TextEncoder().encode("年度报告"))).toBe("年度报告");
    // 年度 in GBK.
    expect(decodeText(new Uint8Array([0xc4, 0xea, 0xb6, 0xc8]))).toBe("年度");
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x74, 0x5e]))).toBe("年");
  });

  test("kind from magic bytes first, then the name, then the content", () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(sourceKindOf("a.bin", buildDocx([{ paragraph: "x" }]))).toBe("docx");
    expect(sourceKindOf("a.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toMatchObject({
      unsupported: expect.stringContaining(".doc"),
    });
    expect(sourceKindOf("a.bin", text("%PDF-1.7"))).toBe("pdf");
    // A few bytes before the header are accepted (as PDF readers do); garbage named .pdf is not a PDF.
    expect(sourceKindOf("a.pdf", text("\n\n%PDF-1.4"))).toBe("pdf");
    expect(sourceKindOf("a.pdf", text("GIF89a"))).toMatchObject({
      unsupported: expect.stringContaining("不是 PDF"),
    });
    expect(sourceKindOf("a.htm", text("x"))).toBe("html");
    expect(sourceKindOf("a.txt", text("<p>x</p>"))).toBe("text");
    expect(sourceKindOf("粘贴", text("<html><body><p>x</p>"))).toBe("html");
  });

  test("a broken .docx and an empty file are not reports", async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await importFile("x.docx", broken)).toEqual({
      ok: false,
      message: "无法读取该 .docx 文件（文件可能已损坏）",
    });
    expect((await importFile("x.txt", new Uint8Array())).ok).toBe(false);
  });
});
