import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { computeTotals, reportDataSchema, type GovReportData } from "../format/report-data";
import { SEED_000 } from "./fixtures/seed-000";
import { SEED_002 } from "./fixtures/seed-002";
import { SEED_004 } from "./fixtures/seed-004";
import { runChecks } from "./run-checks";
import type { Finding } from "./types";

const S1_TOPIC = (topic: string): Finding => ({
  id: "S-03",
  severity: "warning",
  cells: ["s1"],
  message: `“一、总体情况”未涉及“${topic}”方面的情况，请补充`,
});

const S1_GOVERNMENT = (missing: string): Finding => ({
  id: "S-03",
  severity: "warning",
  cells: ["s1"],
  message: `“监督保障”部分应说明工作考核、社会评议和责任追究结果情况，未找到：${missing}`,
});

function expectConsistent(formatId: "gov-2021" | "gov-2019", data: GovReportData): void {
  const format = getFormat(formatId);
  expect(reportDataSchema(format).safeParse(data).success).toBe(true);
  // The published totals already add up, so computing them changes nothing.
  expect(computeTotals(format, data)).toEqual(data);
}

describe("seed 002 白鹤镇 2021 (gov-2021, all zeros)", () => {
  test("is valid data whose totals add up", () => {
    expectConsistent("gov-2021", SEED_002);
  });

  test("produces exactly the narrative findings: two missing topics, no 考核/评议/追究, no 信息处理费", () => {
    expect(runChecks(getFormat("gov-2021"), SEED_002, { year: 2021, organLevel: "township" })).toEqual([
      S1_TOPIC("依申请公开"),
      S1_TOPIC("政府信息管理"),
      S1_GOVERNMENT("工作考核、社会评议、责任追究"),
      {
        id: "S-05",
        severity: "warning",
        cells: ["s6"],
        message:
          "“六、其他需要报告的事项”未说明信息处理费情况。说明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况，未收取的写明“本年度未收取信息处理费”；可说明人大代表建议和政协提案办理结果等其他需要报告的事项。",
      },
    ]);
  });

  test("filed in the 2019 template it is also a stale-template error", () => {
    const ids = runChecks(getFormat("gov-2021"), SEED_002, { year: 2021, organLevel: "township" }).map(
      (f) => f.id,
    );
    expect(ids).not.toContain("F-01");
    const asStale = runChecks(getFormat("gov-2019"), SEED_000, { year: 2021, organLevel: "township" });
    expect(asStale[0]).toMatchObject({ id: "F-01", reported: "gov-2019", computed: "gov-2021" });
  });
});

describe("seed 000 屯里镇 2020 (gov-2019)", () => {
  test("is valid data whose totals add up, 采购总金额 kept with its unit", () => {
    expectConsistent("gov-2019", SEED_000);
    expect(SEED_000.cellText).toEqual({ "T2.procurement.amount": "703.1544万元" });
  });

  test("produces exactly the narrative findings", () => {
    expect(runChecks(getFormat("gov-2019"), SEED_000, { year: 2020, organLevel: "township" })).toEqual([
      S1_TOPIC("主动公开"),
      S1_TOPIC("依申请公开"),
      S1_TOPIC("政府信息管理"),
      S1_GOVERNMENT("社会评议"),
      {
        id: "S-05",
        severity: "warning",
        cells: ["s6"],
        message:
          "“六、其他需要报告的事项”未说明政府信息公开收费情况。说明政府信息公开收费及减免情况（未收费的也应写明），以及其他需要报告的事项。",
      },
    ]);
  });
});

describe("seed 004 武陵镇 2020 (gov-2019, real T2 figures)", () => {
  test("is valid data, +2 stored as a signed 2", () => {
    expectConsistent("gov-2019", SEED_004);
    expect(SEED_004.tables.T2[3]).toEqual([158, 2, 2]);
  });

  test("produces the empty-s6 error and the overview warnings, nothing on T2", () => {
    expect(runChecks(getFormat("gov-2019"), SEED_004, { year: 2020, organLevel: "township" })).toEqual([
      S1_TOPIC("依申请公开"),
      S1_GOVERNMENT("工作考核、社会评议、责任追究"),
      {
        id: "S-01",
        severity: "error",
        cells: ["s6"],
        message:
          "“六、其他需要报告的事项”不能为空：说明政府信息公开收费及减免情况（未收费的也应写明），以及其他需要报告的事项。",
      },
    ]);
  });

  test("as last year of a 2021 report: carry-over and copied text are compared across formats", () => {
    const copied: GovReportData = {
      ...SEED_002,
      narratives: { ...SEED_002.narratives, s5: SEED_004.narratives.s5 },
      tables: {
        ...SEED_002.tables,
        T3: SEED_002.tables.T3.map((row, i) => (i === 1 ? [1, 0, 0, 0, 0, 0, 1] : row)),
      },
    };
    const findings = runChecks(getFormat("gov-2021"), copied, {
      year: 2021,
      organLevel: "township",
      lastYear: { formatId: "gov-2019", year: 2020, data: SEED_004 },
    });
    expect(findings.filter((f) => f.id === "T3-06").map((f) => [f.cells[0], f.reported, f.computed])).toEqual(
      [
        ["T3.r02.c1", 1, 0],
        ["T3.r02.c7", 1, 0],
      ],
    );
    expect(findings.filter((f) => f.id === "S-06").map((f) => [f.cells[0], f.reported])).toEqual([
      ["s5", 100],
    ]);
    // r02 of 1 without matching results breaks the balance too.
    expect(findings.filter((f) => f.id === "T3-01").map((f) => f.cells[0])).toEqual([
      "T3.r01.c1",
      "T3.r01.c7",
    ]);
  });
});
