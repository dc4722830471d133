import { describe, expect, test } from "vitest";
import { SEED_000 } from "@/lib/checks/fixtures/seed-000";
import { SEED_002 } from "@/lib/checks/fixtures/seed-002";
import { SEED_004 } from "@/lib/checks/fixtures/seed-004";
import type { GovReportData } from "@/lib/format/report-data";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { checkImportedReport } from "./check-imported-report";
import { SEED_001_STAT } from "./fixtures/seed-001-stat";
import { importText } from "./import-report";
import type { ImportedReport } from "./types";

function imported(file: string): ImportedReport {
  const result = importText(readDemoSeed(file));
  if (!result.ok) throw new Error(result.message);
  return result;
}

const zeros = (n: number) => Array.from({ length: n }, () => 0);
const blanks = (n: number) => Array.from({ length: n }, () => null);

describe("seed 000 屯里镇 2020: one cell per line, 703.1544万元, page furniture", () => {
  const report = imported("000-tunli-2020.txt");

  test("title, template and publication date", () => {
    expect(report.format.id).toBe("gov-2019");
    expect(report.organ).toBe("吉县屯里镇人民政府");
    expect(report.year).toBe(2020);
    // The page's own date, not the signature's 2021年1月27日.
    expect(report.publishedOn).toBe("2021-01-30");
  });

  test("reads exactly the published text (the hand-typed fixture matches it cell for cell)", () => {
    expect(report.data).toEqual(SEED_000);
    expect(report.issues).toEqual([]);
  });
});

describe("seed 004 武陵镇 2020: one cell per line, +2, 年新 header", () => {
  const report = imported("004-wuling-2020.txt");

  test("title and numbers", () => {
    expect(report.format.id).toBe("gov-2019");
    expect(report.organ).toBe("重庆市万州区武陵镇人民政府");
    expect(report.year).toBe(2020);
    expect(report.publishedOn).toBe("2021-01-27");
    expect(report.data).toEqual(SEED_004);
    expect(report.issues).toEqual([]);
  });

  test("the signed 本年增/减 and the non-zero rows as printed", () => {
    const data = report.data as GovReportData;
    expect(data.tables.T2).toEqual([
      [0, 0, 0],
      [2, 2, 2],
      [11, 0, 0],
      [158, 2, 2],
      [131, 0, 0],
      [0, 0, 0],
      [1, 0],
      [0, 0],
    ]);
  });

  test("keeps the paragraph before 一、总体情况 as preamble, not as s1", () => {
    expect(report.preamble).toMatch(/^2020年以来,武陵镇在区委、区政府的坚强领导下/);
    expect((report.data as GovReportData).narratives.s1).toMatch(/^\(一\)加强组织领导/);
  });
});

describe("seed 002 白鹤镇 2021: tabs, T3 header without 其他, rows shifted by a column", () => {
  const report = imported("002-baihe-2021.txt");
  const data = report.data as GovReportData;

  test("detected as gov-2021 from its column labels despite the missing 其他 header", () => {
    expect(report.format.id).toBe("gov-2021");
    expect(report.organ).toBe("白鹤镇人民政府");
    expect(report.year).toBe(2021);
    expect(report.publishedOn).toBeNull();
  });

  test("every printed 0 is read; the 7th cell of （一）and（二）is not in the text and stays blank", () => {
    // r03 and r04 print six 0s after their labels (one column short): the
    // fixture in lib/checks typed seven, the text has six.
    const T3 = SEED_002.tables.T3.map((row) => [...row]);
    T3[2] = [0, 0, 0, 0, 0, 0, null];
    T3[3] = [0, 0, 0, 0, 0, 0, null];
    expect(data.tables).toEqual({ ...SEED_002.tables, T3 });
    expect(data.narratives).toEqual(SEED_002.narratives);
  });

  test("reports the short rows with their raw text, and V-01 names the two cells", () => {
    expect(report.issues.map((i) => [i.kind, i.cells])).toEqual([
      ["row-misaligned", ["T3.r03.c7"]],
      ["row-misaligned", ["T3.r04.c7"]],
    ]);
    expect(report.issues[0]?.raw).toBe("三、本年度办理结果\t(一) 予以公开\t0\t0\t0\t0\t0\t0");
    const v01 = checkImportedReport(report).find((f) => f.id === "V-01");
    expect(v01?.cells).toEqual(["T3.r03.c7", "T3.r04.c7"]);
  });

  test("r06 written 其他法律法规禁止公开 is read through its alias", () => {
    expect(data.tables.T3[5]).toEqual(zeros(7));
  });
});

describe("seed 003 曲峨镇 2020: tabs, blank cells, 0.65 万元, a 16th 0 under T4", () => {
  const report = imported("003-qu-e-2020.txt");
  const data = report.data as GovReportData;

  test("title without 人民政府, no date", () => {
    expect(report.format.id).toBe("gov-2019");
    expect(report.organ).toBe("曲峨镇");
    expect(report.year).toBe(2020);
    expect(report.publishedOn).toBeNull();
  });

  test("exactly the printed numbers; blank cells stay null", () => {
    expect(data.tables.T2).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
      [0, 0],
      [1, 0.65],
    ]);
    expect(data.cellText).toEqual({ "T2.procurement.amount": "0.65 万元" });
    expect(data.tables.T3).toEqual([
      [0, 0, 0, 0, 0, null, null],
      [0, 0, 0, 0, 0, null, null],
      ...Array.from({ length: 21 }, () => blanks(7)),
    ]);
    expect(data.tables.T4).toEqual(zeros(15));
  });

  test("the 0 outside T4's 15-column header is reported, not read", () => {
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ kind: "extra-values", raw: zeros(16).join("\t") });
  });

  test("blanks are V-01 errors, never zeros", () => {
    const v01 = checkImportedReport(report).filter((f) => f.id === "V-01");
    expect(v01).toHaveLength(1);
    // Typeable cells only: r01 and r02 lack c6; 20 of the 21 other rows lack c1…c6 (the
    // 21st is the （七）总计 row, computed). A blank total of blank terms is not counted again.
    const cells = v01[0]?.cells ?? [];
    expect(cells).toHaveLength(2 * 1 + 20 * 6);
    expect(cells.slice(0, 3)).toEqual(["T3.r01.c6", "T3.r02.c6", "T3.r03.c1"]);
    expect(cells.some((id) => id.endsWith(".c7") || id.startsWith("T3.r24."))).toBe(false);
  });

  test("narratives from their headings, the statistics period inside s1 is not the publication date", () => {
    expect(data.narratives.s1).toMatch(/^2020 年以来，曲峨镇/);
    expect(data.narratives.s5).toMatch(/保证政务信息公开工作顺利开展。$/);
    expect(data.narratives.s6).toMatch(/^（一）全年主动公开情况\n/);
  });
});

describe("seed 001 金盆乡 2018: stat-2014, pipe cells one per line", () => {
  const report = imported("001-jinpen-2018.txt");

  test("format from the table's columns, organ completed from the signature", () => {
    expect(report.format.id).toBe("stat-2014");
    // The title says 金盆乡; the signature names the organ in full.
    expect(report.organ).toBe("金盆苗族彝族乡人民政府");
    expect(report.year).toBe(2018);
    expect(report.publishedOn).toBe("2019-02-15");
    expect(report.issues).toEqual([]);
  });

  test("every row of the statistics table, blanks as null", () => {
    expect(report.data.tables).toEqual({ STAT: SEED_001_STAT });
  });

  test("a row that cannot be read is reported in the table's own column names", () => {
    const read = (value: string) => {
      const result = importText(readDemoSeed("001-jinpen-2018.txt").replace("\n75 |\n", `\n${value} |\n`));
      if (!result.ok) throw new Error(result.message);
      return result.issues.map((issue) => issue.message);
    };
    expect(read("1.5")).toEqual([
      expect.stringContaining("的统计数原文“1.5”无法读取（请输入不小于0的整数）"),
    ]);
    expect(read("7x5")).toContainEqual("统计表中“7x5”无法按“统计指标、单位、统计数”三栏对齐，未导入");
  });

  test("报告正文 runs from the title to the signature block", () => {
    const s1 = report.data.narratives.s1;
    expect(s1).toMatch(/^今年以来,我乡在区委区政府的正确领导下/);
    expect(s1).toMatch(/经受得起历史考验。$/);
  });
});

describe("F-01: the template is detected from the labels, not from the year", () => {
  test("a 2022 report written on the 2019 template is gov-2019 and gets F-01", () => {
    const text = readDemoSeed("000-tunli-2020.txt").replace(
      "吉县屯里镇人民政府 2020年政府信息公开工作年度报告",
      "吉县屯里镇人民政府 2022年政府信息公开工作年度报告",
    );
    const result = importText(text);
    if (!result.ok) throw new Error(result.message);
    expect(result.year).toBe(2022);
    expect(result.format.id).toBe("gov-2019");
    expect(checkImportedReport(result)[0]).toMatchObject({
      id: "F-01",
      severity: "error",
      reported: "gov-2019",
      computed: "gov-2021",
    });
  });

  test("the seeds on their right templates have no F-01", () => {
    for (const file of [
      "000-tunli-2020.txt",
      "001-jinpen-2018.txt",
      "002-baihe-2021.txt",
      "003-qu-e-2020.txt",
      "004-wuling-2020.txt",
    ]) {
      expect(checkImportedReport(imported(file)).map((f) => f.id)).not.toContain("F-01");
    }
  });
});
