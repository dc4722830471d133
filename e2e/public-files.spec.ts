/**
 * The downloads offices file and seal: a PDF printed by the server's
 * Chromium from the page's print view (checked with poppler: page count,
 * text, pages rendered to images) and a Word document in the official layout.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import { readZipEntry, zipEntryNames } from "../tests/fixtures/read-zip";

const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;
const TITLE = `${F.corrected.organ}${F.corrected.year}年政府信息公开工作年度报告`;

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-files-"));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("下载PDF: an A4 PDF of the page, readable, with the title and T3 on it", async ({ request }) => {
  test.slow(); // the first PDF starts the server's Chromium
  const response = await request.get(`${REPORT}.pdf`, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toContain(
    `filename="${F.county}-${F.corrected.filingUnit}-${F.corrected.year}.pdf"`,
  );
  const file = join(dir, "report.pdf");
  writeFileSync(file, await response.body());

  const info = run("pdfinfo", [file]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(8);
  expect(info).toMatch(
    /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/,
  );

  const text = run("pdftotext", ["-layout", file, "-"]).replace(/\s+/g, "");
  expect(text).toContain(TITLE);
  expect(text).toContain("三、收到和处理政府信息公开申请情况");
  expect(text).toContain("1.属于国家秘密");
  expect(text).not.toContain("主导航");
  expect(text).not.toContain("下载Word");

  run("pdftoppm", ["-png", "-r", "40", file, join(dir, "page")]);
  const images = readdirSync(dir).filter((f) => f.startsWith("page") && f.endsWith(".png"));
  expect(images).toHaveLength(pages);
  for (const image of images.map((f) => readFileSync(join(dir, f)))) {
    // PNG IHDR: A4 at 40 dpi is about 331 × 468 pixels.
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([
      expect.closeTo(331, -1),
      expect.closeTo(468, -1),
    ]);
  }
  const first = images.sort()[0]!;
  expect(statSync(join(dir, first)).size).toBeGreaterThan(5000); // text and a table, not a blank page
});

test("下载PDF of an earlier revision prints that revision", async ({ request }) => {
  test.slow();
  const response = await request.get(`${REPORT}.pdf?revision=1`, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  const file = join(dir, "r1.pdf");
  writeFileSync(file, await response.body());
  const text = run("pdftotext", [file, "-"]).replace(/\s+/g, "");
  expect(text).toContain(TITLE);
});

test("下载Word: a .docx with the title, the headings, T3 with merged headers, A4", async ({ request }) => {
  const response = await request.get(`${REPORT}.docx`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  expect(response.headers()["content-disposition"]).toContain(
    `filename*=UTF-8''${encodeURIComponent(TITLE)}`,
  );
  const bytes = new Uint8Array(await response.body());
  expect(zipEntryNames(bytes)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml"]));
  const xml = readZipEntry(bytes, "word/document.xml")!;
  const text = xml.replace(/<[^>]+>/g, "");
  expect(text).toContain(TITLE);
  for (const heading of ["一、总体情况", "三、收到和处理政府信息公开申请情况", "六、其他需要报告的事项"])
    expect(text).toContain(heading);
  expect(text).toContain("（六）其他处理");
  expect(xml).toContain('w:gridSpan w:val="7"');
  expect(xml).toContain("<w:tblHeader/>");
  expect(xml).toMatch(/w:pgSz w:w="11906" w:h="16838"/);
});

test("Word and PDF exist for gov-2019 and stat-2014 reports too", async ({ request }) => {
  for (const [filingUnit, year] of [
    [F.gov2019.filingUnit, F.gov2019.year],
    [F.archive.filingUnit, F.archive.year],
  ] as const) {
    const docx = await request.get(`/reports/${F.county}/${filingUnit}/${year}.docx`);
    expect(docx.status()).toBe(200);
    const xml = readZipEntry(new Uint8Array(await docx.body()), "word/document.xml")!;
    expect(xml.replace(/<[^>]+>/g, "")).toContain(`${year}年政府信息公开工作年度报告`);
  }
});
