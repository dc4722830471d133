import { describe, expect, test } from "vitest";
import { getFormat } from "../format";
import { emptyReportData, type StatReportData } from "../format/report-data";
import { checkContext, govReport } from "./fixtures/report-builder";
import { CHECK_LIST, runChecks } from "./run-checks";

describe("CHECK_LIST", () => {
  test("lists every implemented check once, sorted, with severity and a Chinese description", () => {
    expect(CHECK_LIST.map((c) => `${c.id}:${c.severity}`)).toEqual([
      "D-02:warning",
      "F-01:error",
      "S-01:error",
      "S-03:warning",
      "S-05:warning",
      "S-06:warning",
      "T2-01:warning",
      "T2-03:warning",
      "T2-05:warning",
      "T3-01:error",
      "T3-02:error",
      "T3-03:error",
      "T3-06:warning",
      "T3-08:warning",
      "T4-01:error",
      "T4-02:error",
      "T4-03:error",
      "V-01:error",
      "V-02:error",
    ]);
    for (const check of CHECK_LIST) expect(check.description).toMatch(/[\u4e00-\u9fff]/);
  });

  test("runs only V-02 and F-01 on stat-2014, T2-01/T2-05 only on gov-2021", () => {
    const on = (id: "gov-2021" | "gov-2019" | "stat-2014") =>
      CHECK_LIST.filter((c) => c.formats.includes(id)).map((c) => c.id);
    expect(on("stat-2014")).toEqual(["F-01", "V-02"]);
    expect(on("gov-2021").length - on("gov-2019").length).toBe(2);
    expect(on("gov-2019")).not.toContain("T2-01");
    expect(on("gov-2019")).not.toContain("T2-05");
  });
});

describe("runChecks", () => {
  test("a complete, consistent report has no findings", () => {
    expect(runChecks(getFormat("gov-2021"), govReport("gov-2021"), checkContext())).toEqual([]);
    expect(runChecks(getFormat("gov-2019"), govReport("gov-2019"), checkContext({ year: 2020 }))).toEqual([]);
  });

  test("orders findings by section, then by check, whatever the registry runs first", () => {
    const data = govReport("gov-2019", { "T3.r01.c1": 1, "T4.c5": 3, "T2.rules.made": 1, "T3.r03.c2": null });
    const report = { ...data, narratives: { ...data.narratives, s5: "", s1: "主动公开" } };
    const findings = runChecks(getFormat("gov-2019"), report, checkContext({ year: 2022 }));
    expect(findings.map((f) => `${f.id}@${f.cells[0] ?? "-"}`)).toEqual([
      "F-01@-",
      "S-03@s1",
      "S-03@s1",
      "S-03@s1",
      "S-03@s1",
      "S-03@s1",
      "T2-03@T2.rules.made",
      "V-01@T3.r03.c2",
      "T3-01@T3.r01.c1",
      "T3-03@T3.r01.c7",
      "T4-01@T4.c5",
      "S-01@s5",
    ]);
  });

  test("is deterministic", () => {
    const format = getFormat("gov-2021");
    const data = emptyReportData(format);
    expect(runChecks(format, data, checkContext())).toEqual(runChecks(format, data, checkContext()));
  });

  test("stat-2014 gets only value and format checks", () => {
    const data: StatReportData = {
      narratives: { s1: "" },
      tables: { STAT: [{ label: "举报投诉数量", unit: "件", value: -1 }] },
    };
    expect(runChecks(getFormat("stat-2014"), data, checkContext({ year: 2018 })).map((f) => f.id)).toEqual([
      "V-02",
    ]);
    expect(runChecks(getFormat("stat-2014"), data, checkContext({ year: 2020 })).map((f) => f.id)).toEqual([
      "F-01",
      "V-02",
    ]);
  });
});
