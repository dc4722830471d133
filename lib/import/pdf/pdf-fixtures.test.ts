import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importFile } from "../import-file";
import { importText } from "../import-report";
import { toReportJson } from "../report-json";

/**
 * Every PDF fixture imports exactly: each table cell equals the value
 * transcribed from the printed page (expected.json, next to the PDFs).
 */
const DIR = join(import.meta.dirname, "..", "fixtures", "pdf");

/** A gov format's three tables (T2 flattened), or stat-2014's list of rows. */
type ExpectedTables =
  | { T2: (number | string | null)[]; T3: (number | null)[][]; T4: (number | null)[] }
  | { STAT: { label: string; unit: string; value: number | null }[] };

type Expected = { file: string; organ: string; year: number; format: string } & ExpectedTables;

const fixtures = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Expected[];

describe.each(fixtures)("PDF fixture $file", (expected) => {
  test("organ, year, format and every table cell", async () => {
    const result = await importFile(expected.file, readFileSync(join(DIR, expected.file)));
    if (!result.ok) throw new Error(result.message);
    const json = toReportJson(result, []);
    expect({ organ: json.organ, year: json.year, format: json.format }).toEqual({
      organ: expected.organ,
      year: expected.year,
      format: expected.format,
    });
    const tables = json.tables as Record<string, unknown[]>;
    if ("STAT" in expected) {
      expect(tables.STAT).toEqual(expected.STAT);
      expect(result.issues).toEqual([]);
      return;
    }
    expect((tables.T2 ?? []).flat()).toEqual(expected.T2);
    expect(tables.T3).toEqual(expected.T3);
    expect(tables.T4).toEqual(expected.T4);
    // Only cells printed blank are reported (V-01 names them); nothing else is in doubt.
    const blank = expected.T3.flatMap((row, r) =>
      row.flatMap((value, c) => (value === null ? [`T3.r${String(r + 1).padStart(2, "0")}.c${c + 1}`] : [])),
    );
    expect(result.issues.flatMap((issue) => issue.cells).filter((cell) => !blank.includes(cell))).toEqual([]);
  }, 120_000);
});

describe("a working copy printed with its watermark", () => {
  test("the mark is set aside from the tables and named, with what a draft's mark means", async () => {
    const draft = await importFile(
      "draft.pdf",
      readFileSync(join(DIR, "nianbao-print-zhengfu-2026-draft.pdf")),
    );
    const published = await importFile("print.pdf", readFileSync(join(DIR, "nianbao-print-baihe-2021.pdf")));
    if (!draft.ok || !published.ok) throw new Error("not read");
    expect(draft.issues.filter((issue) => issue.kind === "page-mark")).toEqual([
      {
        kind: "page-mark",
        cells: [],
        raw: "草稿（未公开）",
        message:
          "每页同一位置印有“草稿（未公开）”（水印或印章文字），未作为报告内容读取；带此类字样的多是未公开的工作稿，请确认导入的是已公开的报告",
      },
    ]);
    expect(published.issues.map((issue) => issue.kind)).not.toContain("page-mark");
  }, 120_000);
});

describe("dates of a PDF", () => {
  test("the metadata's CreationDate is a candidate with its source named; it is chosen when the text has none", async () => {
    const result = await importFile("huaian.pdf", readFileSync(join(DIR, "17-huaian-city-2024.pdf")));
    if (!result.ok) throw new Error(result.message);
    expect(result.dateCandidates).toContainEqual({
      date: "2025-02-25",
      source: "pdf-metadata",
      raw: "CreationDate: D:20250225100250+08'00'",
    });
    // The only dates in its text are the statistics period (2024), which cannot be a publication date.
    expect({ on: result.publishedOn, from: result.publishedOnSource }).toEqual({
      on: "2025-02-25",
      from: "pdf-metadata",
    });
  }, 120_000);
});

describe("the same PDF as `pdftotext -layout` text (columns aligned with spaces)", () => {
  test("every table cell, read from the space-aligned columns", () => {
    const expected = fixtures.find((f) => f.file === "17-huaian-city-2024.pdf");
    const result = importText(readFileSync(join(DIR, "17-huaian-city-2024.layout.txt"), "utf8"));
    if (!result.ok || !expected || "STAT" in expected) throw new Error("not read");
    const tables = toReportJson(result, []).tables as Record<string, unknown[]>;
    expect((tables.T2 ?? []).flat()).toEqual(expected.T2);
    expect(tables.T3).toEqual(expected.T3);
    expect(tables.T4).toEqual(expected.T4);
    expect(result.issues).toEqual([]);
  });
});
