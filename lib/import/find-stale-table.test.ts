import { describe, expect, test } from "vitest";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import type { GovReportData } from "@/lib/format/report-data";
import { checkImportedReport } from "./check-imported-report";
import { importText } from "./import-report";
import { toReportJson } from "./report-json";
import { serializeReportText } from "./serialize-report-text";
import type { ImportedReport, ImportResult } from "./types";

function ok(result: ImportResult): ImportedReport {
  if (!result.ok) throw new Error(result.message);
  return result;
}

const T3_HEADING = "三、收到和处理政府信息公开申请情况";
const T4_HEADING = "四、政府信息公开行政复议、行政诉讼情况";

/** The report's text in the official layout, with one numbered other-handling value to trace. */
function layout(file: string, otherHandling: number): string {
  const report = ok(importText(readDemoSeed(file)));
  const data = report.data as GovReportData;
  data.tables.T3[20] = [otherHandling, 0, 0, 0, 0, 0, otherHandling];
  return serializeReportText(toReportJson(report, []));
}

function section(text: string, from: string, to: string): string {
  return text.slice(text.indexOf(from), text.indexOf(to));
}

describe("a 2021 report whose T3 is still the 2019 table (23 rows)", () => {
  const text2021 = layout("002-baihe-2021.txt", 0);
  const stale = section(layout("000-tunli-2020.txt", 7), T3_HEADING, T4_HEADING);
  const report = ok(importText(text2021.replace(section(text2021, T3_HEADING, T4_HEADING), stale)));
  const data = report.data as GovReportData;

  test("stays a 2021 report and says which table is on the 2019 template", () => {
    expect(report.format.id).toBe("gov-2021");
    expect(report.staleTables).toEqual([{ tableId: "T3", formatId: "gov-2019" }]);
    const f01 = checkImportedReport(report).filter((finding) => finding.id === "F-01");
    expect(f01).toEqual([
      expect.objectContaining({ cells: ["s3"], reported: "gov-2019", computed: "gov-2021" }),
    ]);
  });

  test("the single 2019 （六）其他处理 row is not placed in any 2021 row; those rows are blank and named", () => {
    expect(data.tables.T3.slice(20, 23)).toEqual([
      [null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
    ]);
    expect(data.tables.T3.flat()).not.toContain(7);
    const staleIssue = report.issues.find((issue) => issue.kind === "stale-table");
    expect(staleIssue?.cells).toHaveLength(21);
    const v01 = checkImportedReport(report).find((finding) => finding.id === "V-01");
    // Typeable cells; the blank totals of these rows are blank because their terms are.
    expect(v01?.cells).toEqual(expect.arrayContaining(["T3.r21.c1", "T3.r23.c6"]));
  });

  test("rows both templates share are read as usual", () => {
    const reference = ok(importText(readDemoSeed("000-tunli-2020.txt"))).data as GovReportData;
    expect(data.tables.T3.slice(0, 20)).toEqual(reference.tables.T3.slice(0, 20));
  });

  test("a report on one template throughout has no stale table", () => {
    expect(ok(importText(text2021)).staleTables).toBeUndefined();
  });
});
