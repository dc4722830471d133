import { describe, expect, test } from "vitest";
import { DEMO_SEEDS, readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { checkImportedReport } from "./check-imported-report";
import { docxFromTabText } from "./fixtures/build-docx";
import { importFile } from "./import-file";
import { importText } from "./import-report";
import { toReportJson, type ReportJson } from "./report-json";
import { serializeReportText } from "./serialize-report-text";
import type { ImportedReport, ImportResult } from "./types";

function ok(result: ImportResult): ImportedReport {
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The CLI's JSON, through JSON text, as another program would receive it. */
function jsonOf(report: ImportedReport): ReportJson {
  return JSON.parse(JSON.stringify(toReportJson(report, checkImportedReport(report)))) as ReportJson;
}

function same(a: ImportedReport, b: ImportedReport): void {
  expect(b.format.id).toBe(a.format.id);
  expect(b.organ).toBe(a.organ);
  expect(b.year).toBe(a.year);
  expect(b.data).toEqual(a.data);
}

describe.each(DEMO_SEEDS.map((seed) => seed.file))("%s", (file) => {
  const first = ok(importText(readDemoSeed(file)));

  test("import → JSON → tab-separated text → import gives the same data", () => {
    const text = serializeReportText(jsonOf(first));
    same(first, ok(importText(text)));
  });

  test("the same report as a .docx (tables with merged cells) imports to the same data", async () => {
    const bytes = docxFromTabText(serializeReportText(jsonOf(first)));
    same(first, ok(await importFile("report.docx", bytes)));
  });

  test("the JSON has tables as rows in official order and s2–s4 as headings", () => {
    const json = jsonOf(first);
    if ("T3" in json.tables) {
      expect(json.tables.T3).toHaveLength(json.format === "gov-2021" ? 25 : 23);
      expect(json.tables.T3.every((row) => row.length === 7)).toBe(true);
      expect(json.tables.T4).toHaveLength(15);
      expect(json.sections.s3).toBe("三、收到和处理政府信息公开申请情况");
    } else {
      expect(json.tables.STAT.length).toBeGreaterThan(0);
      expect(json.sections.s2).toBe("政府信息公开情况统计表");
    }
    for (const finding of json.findings) {
      expect(Object.keys(finding).sort()).toEqual([
        "cells",
        "computed",
        "id",
        "message",
        "reported",
        "severity",
      ]);
    }
  });
});
