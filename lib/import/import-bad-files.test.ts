import { zipSync, zlibSync } from "fflate";
import { describe, expect, test } from "vitest";
import { makePdf, type PdfPageSpec } from "./fixtures/make-pdf";
import { importFile, readSourceFile } from "./import-file";
import { PARSE_MEMORY_MESSAGE, PARSE_TIMEOUT_MESSAGE, UNPACKED_TOO_LARGE_MESSAGE } from "./import-limits";
import { PDF_MESSAGES } from "./pdf/read-pdf";
import { decodeInWorker } from "./worker/decode-in-worker";

/**
 * Files the importer must refuse, made here, small: each gets its Chinese
 * message from the worker, with the worker's time and heap limits holding.
 */
const page: PdfPageSpec = {
  text: [
    [72, 700, 12, "Annual report of the county, 2024"],
    [72, 680, 12, "A second line of text on the page"],
  ],
};

async function refused(name: string, bytes: Uint8Array): Promise<string> {
  const result = await importFile(name, bytes);
  if (result.ok) throw new Error(`${name} was imported`);
  return result.message;
}

describe("bad files get a clear message, never a report", () => {
  test("a scanned PDF (no text layer) asks for a text PDF", async () => {
    const scan = makePdf({ pages: [{ drawing: "0 0 595 842 re f" }, {}] });
    expect(await refused("scan.pdf", scan)).toBe("需要文字版 PDF（此文件没有可读取的文字层）");
  }, 60_000);

  test("an encrypted PDF, a truncated one, and garbage named .pdf", async () => {
    expect(await refused("locked.pdf", makePdf({ pages: [page], encrypted: true }))).toBe(
      PDF_MESSAGES.encrypted,
    );
    const whole = makePdf({ pages: [page, page] });
    expect(await refused("cut.pdf", whole.subarray(0, Math.floor(whole.length / 2)))).toBe(
      PDF_MESSAGES.corrupt,
    );
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(await refused("random.pdf", garbage)).toContain("不是 PDF");
    const header = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n"), ...garbage]);
    expect(await refused("header-only.pdf", header)).toBe(PDF_MESSAGES.corrupt);
  }, 60_000);

  test("a 200-page PDF is refused before its pages are read", async () => {
    const long = makePdf({ pages: Array.from({ length: 200 }, () => page) });
    expect(await refused("long.pdf", long)).toBe(PDF_MESSAGES.tooManyPages);
  }, 60_000);

  test("a PDF bomb (100 MB of zeros in a 100 KB stream) is refused before pdf.js inflates it", async () => {
    const bomb = makePdf({
      pages: [page],
      extraStreams: [zlibSync(new Uint8Array(100 * 1024 * 1024), { level: 9 })],
    });
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refused("bomb.pdf", bomb)).toBe(UNPACKED_TOO_LARGE_MESSAGE);
  }, 60_000);

  test("a .docx whose XML unpacks to 200 MB is refused from the zip's directory, quickly", async () => {
    const xml = new TextEncoder().encode(`<w:document>${" ".repeat(200 * 1024 * 1024)}</w:document>`);
    const docx = zipSync({ "word/document.xml": [xml, { level: 9 }] });
    expect(docx.length).toBeLessThan(1024 * 1024);
    expect(await refused("bomb.docx", docx)).toBe(UNPACKED_TOO_LARGE_MESSAGE);
  }, 60_000);

  test("a parse that outlives its time limit stops the worker; the next file is read by a fresh one", async () => {
    const pages = Array.from({ length: 60 }, () => page);
    const slow = await decodeInWorker("slow.pdf", makePdf({ pages }), { timeoutMs: 1 });
    expect(slow).toEqual({ ok: false, message: PARSE_TIMEOUT_MESSAGE });
    const next = await readSourceFile("ok.pdf", makePdf({ pages: [page] }));
    expect(next.ok).toBe(true);
  }, 60_000);

  test("a parse that exhausts the worker's heap is reported, and nothing comes back half-read", async () => {
    // A page with 150,000 text runs needs more than a 16 MB heap to hold.
    const text: [number, number, number, string][] = Array.from({ length: 150_000 }, (_, i) => [
      (i % 50) * 10,
      800 - (Math.floor(i / 50) % 70) * 11,
      9,
      `w${i}`,
    ]);
    const read = await decodeInWorker("heavy.pdf", makePdf({ pages: [{ text, compress: true }] }), {
      heapMb: 16,
    });
    expect(read).toEqual({ ok: false, message: PARSE_MEMORY_MESSAGE });
  }, 120_000);
});
