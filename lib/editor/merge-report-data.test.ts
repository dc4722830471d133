import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { setCellValues } from "@/lib/format/set-cell-values";
import { mergeReportData } from "./merge-report-data";

const format = getFormat("gov-2021");
const base = emptyReportData(format) as GovReportData;
const set = (d: GovReportData, values: Record<string, number | null>) => setCellValues(format, d, values);

describe("three-way merge of report content", () => {
  it("keeps changes made on different cells and narratives by both sides", () => {
    const mine = { ...set(base, { "T3.r01.c1": 5 }), narratives: { ...base.narratives, s5: "我的" } };
    const theirs = { ...set(base, { "T3.r03.c1": 5 }), narratives: { ...base.narratives, s1: "他们的" } };
    const { merged, conflicts } = mergeReportData(format, base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.tables.T3[0]![0]).toBe(5);
    expect(merged.tables.T3[2]![0]).toBe(5);
    expect(merged.tables.T3[23]![0]).toBe(5); // totals recomputed from the merge
    expect(merged.narratives).toMatchObject({ s1: "他们的", s5: "我的" });
  });

  it("reports an item both sides changed differently, and applies the preferred side", () => {
    const mine = set(base, { "T3.r01.c1": 5 });
    const theirs = set(base, { "T3.r01.c1": 7 });
    const asMine = mergeReportData(format, base, mine, theirs, "mine");
    expect(asMine.conflicts).toHaveLength(1);
    expect(asMine.conflicts[0]).toMatchObject({ target: "T3.r01.c1", a: "5", b: "7" });
    expect(asMine.merged.tables.T3[0]![0]).toBe(5);
    expect(mergeReportData(format, base, mine, theirs, "theirs").merged.tables.T3[0]![0]).toBe(7);
  });

  it("does not call identical changes a conflict", () => {
    const both = set(base, { "T2.rules.issued": 1 });
    expect(mergeReportData(format, base, both, both).conflicts).toEqual([]);
  });
});
