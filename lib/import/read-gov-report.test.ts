import { describe, expect, test } from "vitest";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import type { GovReportData } from "@/lib/format/report-data";
import { checkImportedReport } from "./check-imported-report";
import { importText } from "./import-report";
import type { ImportedReport, ImportResult } from "./types";

function ok(result: ImportResult): ImportedReport {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("a problems section without its heading", () => {
  const text = readDemoSeed("002-baihe-2021.txt");
  const original = ok(importText(text));
  const heading = text.split("\n").find((line) => line.trim().startsWith("五、"));
  const report = ok(importText(text.replace(heading ?? "", "")));

  test("is the text after the last table, said so, and raises no S-01", () => {
    expect(heading).toBeDefined();
    expect((report.data as GovReportData).narratives.s5).toBe((original.data as GovReportData).narratives.s5);
    expect(report.issues.map((issue) => issue.kind)).toContain("heading-not-found");
    expect(checkImportedReport(report).some((finding) => finding.id === "S-01")).toBe(false);
  });

  test("a report with the heading needs no such guess", () => {
    expect(original.issues.map((issue) => issue.kind)).not.toContain("heading-not-found");
  });
});

describe("pages that hold less or more than one report", () => {
  const text = readDemoSeed("002-baihe-2021.txt");
  const lines = text.split("\n");
  const at = (prefix: string) => lines.findIndex((line) => line.trim().startsWith(prefix));

  test("tables pasted as images: one issue per table, every cell blank, no number invented", () => {
    const withoutTables = [...lines.slice(0, at("二、") + 1), ...lines.slice(at("五、"))].join("\n");
    const report = ok(importText(withoutTables));
    const data = report.data as GovReportData;
    expect([...data.tables.T2.flat(), ...data.tables.T3.flat(), ...data.tables.T4]).toEqual(
      expect.not.arrayContaining([expect.any(Number)]),
    );
    const kinds = report.issues.map((issue) => issue.kind);
    expect(kinds.filter((kind) => kind === "table-not-found")).toHaveLength(3);
    expect(kinds).not.toContain("row-not-found");
  });

  test("a table missing one row (no 规章 row) was read: that row is named, not the whole table", () => {
    const report = ok(importText(lines.filter((line) => !line.startsWith("规章\t")).join("\n")));
    const data = report.data as GovReportData;
    expect(data.tables.T2[0]).toEqual([null, null, null]);
    expect(data.tables.T2[1]).toEqual([0, 0, 0]);
    const kinds = report.issues.map((issue) => issue.kind);
    expect(kinds).not.toContain("table-not-found");
    expect(report.issues.find((issue) => issue.kind === "row-not-found")?.message).toContain("规章");
  });

  test("a report split over pages (only its first part here): the missing sections are listed", () => {
    const firstPage = lines.slice(0, at("四、政府信息公开行政复议")).join("\n");
    const report = ok(importText(firstPage));
    const missing = report.issues.find((issue) => issue.kind === "sections-missing");
    expect(missing?.message).toContain("四、政府信息公开行政复议、行政诉讼情况");
    expect(missing?.message).toContain("六、其他需要报告的事项");
  });

  test("a page with another year's report on it says which one was read", () => {
    const report = ok(
      importText(
        `${text}\n白鹤镇人民政府2020年政府信息公开工作年度报告\n上一篇：白鹤镇2019年政府信息公开工作年度报告`,
      ),
    );
    const several = report.issues.filter((issue) => issue.kind === "several-reports");
    expect(several).toHaveLength(1);
    expect(several[0]?.raw).toBe("白鹤镇人民政府2020年政府信息公开工作年度报告");
    expect(ok(importText(text)).issues.map((issue) => issue.kind)).not.toContain("several-reports");
  });
});
