import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { formatCells } from "@/lib/format/cells";
import { cellDisplay } from "./cell-display";
import { chinaDate, chineseDateLabel } from "./china-date";
import { safeText, toCsv } from "./csv";
import { parseRevision, parseYear, reportFilePath, reportPath } from "@/lib/urls/public-paths";
import { matchesAll, searchTerms, snippetAround } from "./search-text";
import { groupByKind } from "./kind-groups";
import { assessmentBasis, daysLate, timelinessOf, unitTimeliness } from "./timeliness";

describe("dates are Beijing dates", () => {
  it("puts 07:00 on 1 February in Beijing on 1 February, though UTC still says 31 January", () => {
    expect(chinaDate(new Date("2022-01-31T23:00:00Z"))).toBe("2022-02-01");
    expect(chinaDate("2022-01-31T15:59:59Z")).toBe("2022-01-31");
    expect(chineseDateLabel("2022-01-05")).toBe("2022年1月5日");
  });
});

describe("timeliness against the deadline", () => {
  const on = (date: string | null) => ({ published: true, date });
  const unpublished = { published: false, date: null };

  it("is on time on the deadline day, late the day after, not published without a publication", () => {
    expect(timelinessOf(on("2022-01-31"), "2022-01-31")).toBe("on_time");
    expect(timelinessOf(on("2022-02-01"), "2022-01-31")).toBe("late");
    expect(timelinessOf(unpublished, "2022-01-31")).toBe("not_published");
  });

  it("judges only known dates: a published report without a date is 日期不详, never late", () => {
    expect(timelinessOf(on(null), "2022-01-31")).toBe("date_unknown");
    expect(daysLate("date_unknown", null, "2022-01-31", "2026-11-24")).toBe(0);
  });

  it("judges nothing in a year without a deadline on this system (未纳入统计)", () => {
    expect(timelinessOf(on("2027-01-01"), null)).toBe("not_assessed");
    expect(timelinessOf(unpublished, null)).toBe("not_assessed");
    expect(daysLate("not_assessed", "2027-01-01", null, "2027-06-01")).toBe(0);
  });

  it("a year is judged when its deadline was set here or a report of it went through the workflow", () => {
    expect(assessmentBasis({ hasReportingYear: true, reportSources: ["import"] })).toBe("reporting_year");
    expect(assessmentBasis({ hasReportingYear: false, reportSources: ["import", "workflow"] })).toBe(
      "workflow",
    );
    expect(assessmentBasis({ hasReportingYear: false, reportSources: ["import", "import"] })).toBeNull();
    expect(assessmentBasis({ hasReportingYear: false, reportSources: [] })).toBeNull();
  });

  it("judges the county government's own report against 31 March, every other kind against the county's day", () => {
    const published = on("2022-03-10");
    expect(unitTimeliness({ kind: "government" }, 2021, published, "2022-01-31")).toEqual({
      deadline: "2022-03-31",
      status: "on_time",
    });
    for (const kind of ["township", "street", "department"] as const)
      expect(unitTimeliness({ kind }, 2021, published, "2022-01-31")).toEqual({
        deadline: "2022-01-31",
        status: "late",
      });
    expect(unitTimeliness({ kind: "government" }, 2021, published, null)).toEqual({
      deadline: null,
      status: "not_assessed",
    });
  });

  it("counts days late from the publication, or from today while unpublished", () => {
    expect(daysLate("late", "2022-02-15", "2022-01-31", "2026-11-24")).toBe(15);
    expect(daysLate("on_time", "2022-01-20", "2022-01-31", "2026-11-24")).toBe(0);
    expect(daysLate("not_published", null, "2026-01-31", "2026-02-03")).toBe(3);
    expect(daysLate("not_published", null, "2027-01-31", "2026-11-24")).toBe(0);
  });
});

describe("units by kind", () => {
  it("groups as county portals do: 本级, then 乡镇（街道）, then 部门, by code within; no empty group", () => {
    const units = [
      { code: "shenji", kind: "department" },
      { code: "tunli", kind: "township" },
      { code: "dongcheng", kind: "street" },
      { code: "caizheng", kind: "department" },
      { code: "benji", kind: "government" },
    ];
    const sections = groupByKind(units, (u) => u);
    expect(sections.map((s) => [s.heading, s.items.map((u) => u.code)])).toEqual([
      ["本级政府年报", ["benji"]],
      ["乡镇（街道）年报", ["dongcheng", "tunli"]],
      ["部门年报", ["caizheng", "shenji"]],
    ]);
    expect(groupByKind(units.slice(0, 2), (u) => u).map((s) => s.label)).toEqual(["乡镇（街道）", "部门"]);
    expect(groupByKind([], (u) => u)).toEqual([]);
  });
});

describe("URLs", () => {
  it("builds stable report, revision and file paths", () => {
    const codes = { county: "jixian", filingUnit: "qu-e", year: 2021 };
    expect(reportPath(codes)).toBe("/reports/jixian/qu-e/2021");
    expect(reportPath(codes, 1)).toBe("/reports/jixian/qu-e/2021?revision=1");
    expect(reportFilePath(codes, "csv", 2)).toBe("/reports/jixian/qu-e/2021.csv?revision=2");
  });

  it("accepts only four-digit years and positive revisions", () => {
    expect(parseYear("2021")).toBe(2021);
    expect(parseYear("2021.json")).toBeNull();
    expect(parseYear("21")).toBeNull();
    expect(parseRevision(undefined)).toBeNull();
    expect(parseRevision("2")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "abc", "", "99999"]) expect(parseRevision(bad)).toBe("invalid");
    expect(parseRevision(["1", "2"])).toBe("invalid");
  });
});

describe("CSV", () => {
  it("quotes what needs quoting, starts with a BOM, ends lines with CRLF", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["x,y", 'say "hi"'],
        [null, -3],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,-3\r\n');
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(safeText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(safeText("@cmd")).toBe("'@cmd");
    expect(safeText("（一）予以公开")).toBe("（一）予以公开");
  });
});

describe("cell display", () => {
  const cells = formatCells(getFormat("gov-2019")).byId;
  it("prints numbers plainly, blanks as nothing, and an amount as the filer wrote it", () => {
    const count = cells.get("T3.r01.c1")!;
    const signed = cells.get("T2.otherServices.change")!;
    const amount = cells.get("T2.procurement.amount")!;
    expect(cellDisplay(count, 0)).toBe("0");
    expect(cellDisplay(count, null)).toBe("");
    expect(cellDisplay(signed, -2)).toBe("-2");
    expect(cellDisplay(amount, 703.1544, { "T2.procurement.amount": "703.1544万元" })).toBe("703.1544万元");
    expect(cellDisplay(amount, 25.1)).toBe("25.1万元");
  });
});

describe("search", () => {
  it("matches every term, folding width and case, and shows text around the match", () => {
    const terms = searchTerms("  信息处理费　ＡＢＣ ");
    expect(terms).toEqual(["信息处理费", "abc"]);
    expect(matchesAll("本年度未收取信息处理费。ABC", terms)).toBe(true);
    expect(matchesAll("本年度未收取信息处理费。", terms)).toBe(false);
    expect(snippetAround("前".repeat(50) + "信息处理费" + "后".repeat(50), ["信息处理费"])).toMatch(
      /^…前+信息处理费后+…$/,
    );
    expect(snippetAround("无关内容", ["信息处理费"])).toBeNull();
    // Full-width punctuation is matched folded but shown as written.
    expect(snippetAround("一是检查；二是ＡＢＣ，改进。", searchTerms("abc"))).toBe(
      "一是检查；二是ＡＢＣ，改进。",
    );
  });
});
