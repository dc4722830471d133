/**
 * The public site's data layer against a real database: only publications
 * are public, revisions and corrections, the county's year against its
 * deadline, list filters and search, and the open-data documents (JSON, CSV,
 * Word) round-tripping the stored tables.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runChecks } from "@/lib/checks/run-checks";
import { getFormat } from "@/lib/format";
import { formatCells } from "@/lib/format/cells";
import type { GovReportData, StatReportData } from "@/lib/format/report-data";
import { buildReportDocx } from "@/lib/publications/build-report-docx";
import { filterReports, listPublishedReports } from "@/lib/publications/list-published-reports";
import { toCountyYearCsv, toCountyYearJson } from "@/lib/publications/county-year-open-data";
import { loadCountyYear } from "@/lib/publications/load-county-year";
import { loadPublicReport } from "@/lib/publications/load-public-report";
import type { PublicReport } from "@/lib/publications/public-report-types";
import { toReportCsv } from "@/lib/publications/report-csv";
import { toOpenDataReport } from "@/lib/publications/report-open-data";
import { csvRecords } from "../fixtures/parse-csv";
import {
  beijing,
  insertPlaces,
  insertPublishedReport,
  insertUnpublishedReport,
} from "../fixtures/published-report";
import { readZipEntry, zipEntryNames } from "../fixtures/read-zip";
import { gov2019Report, gov2021Report, stat2014Report } from "../fixtures/report-data";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let ids: Record<string, string>;
const first2021 = gov2021Report({ "T3.r01.c1": 13 }); // one more application than handled: T3-01 at publication
const corrected = gov2021Report({ "T3.r03.c1": 5, "T3.r04.c1": 2 });

beforeAll(async () => {
  t = await freshDatabase();
  ({ filingUnitIds: ids } = await insertPlaces(t.db, { code: "pubc", name: "公开县" }, [
    { code: "east", name: "东镇" },
    { code: "west", name: "西镇" },
    { code: "north", name: "北镇" },
    { code: "south", name: "南镇" },
    { code: "mid", name: "中镇" },
  ]));
  await insertPublishedReport(t.db, {
    filingUnitId: ids.east!,
    year: 2021,
    formatId: "gov-2021",
    revisions: [
      { data: first2021, publishedAt: beijing("2022-01-20T10:00:00") },
      { data: corrected, publishedAt: beijing("2022-03-01T09:30:00"), correctionNote: "更正表三予以公开数" },
    ],
  });
  await insertPublishedReport(t.db, {
    filingUnitId: ids.east!,
    year: 2020,
    formatId: "gov-2019",
    revisions: [{ data: gov2019Report(), publishedAt: beijing("2021-01-25T10:00:00") }],
  });
  await insertPublishedReport(t.db, {
    filingUnitId: ids.east!,
    year: 2018,
    formatId: "stat-2014",
    revisions: [
      {
        data: stat2014Report(),
        publishedAt: beijing("2019-01-30T10:00:00"),
        source: "import",
        sourceNote: "县政府网站存档",
      },
    ],
  });
  // 07:00 on 1 February in Beijing is still 31 January in UTC: late all the same.
  await insertPublishedReport(t.db, {
    filingUnitId: ids.west!,
    year: 2021,
    formatId: "gov-2021",
    revisions: [
      {
        data: gov2021Report({}, { s6: "本年度无其他需要报告的事项。" }),
        publishedAt: beijing("2022-02-01T07:00:00"),
      },
    ],
  });
  for (const [code, status] of [
    ["north", "draft"],
    ["south", "submitted"],
    ["mid", "approved"],
  ] as const) {
    await insertUnpublishedReport(t.db, {
      filingUnitId: ids[code]!,
      year: 2021,
      formatId: "gov-2021",
      status,
      data: gov2021Report(),
    });
  }
});
afterAll(() => t.drop());

async function load(
  filingUnit: string,
  year: number,
  revision: number | null = null,
): Promise<PublicReport | null> {
  return loadPublicReport(t.db, { county: "pubc", filingUnit, year, revision });
}

describe("test fixtures", () => {
  it("build reports whose checks pass (the honest box then shows only what a test provokes)", () => {
    const errorsOf = (formatId: "gov-2021" | "gov-2019", data: GovReportData, year: number) =>
      runChecks(getFormat(formatId), data, { year, organLevel: "township", lastYear: null }).filter(
        (f) => f.severity !== "notice",
      );
    expect(errorsOf("gov-2021", gov2021Report(), 2021)).toEqual([]);
    expect(errorsOf("gov-2019", gov2019Report(), 2020)).toEqual([]);
  });
});

describe("what is public", () => {
  it("is a published report, latest revision by default", async () => {
    const report = await load("east", 2021);
    expect(report?.revision).toBe(2);
    expect(report?.latestRevision).toBe(2);
    expect(report?.filingUnit.organName).toBe("公开县东镇人民政府");
    expect((report?.data as GovReportData).tables.T3[2]![0]).toBe(5);
  });

  it.each([["north"], ["south"], ["mid"]])(
    "is not the %s report, which was never published",
    async (code) => {
      expect(await load(code, 2021)).toBeNull();
    },
  );

  it("is nothing for unknown codes, years or revisions", async () => {
    expect(await load("nowhere", 2021)).toBeNull();
    expect(
      await loadPublicReport(t.db, { county: "other", filingUnit: "east", year: 2021, revision: null }),
    ).toBeNull();
    expect(await load("east", 2019)).toBeNull();
    expect(await load("east", 2021, 3)).toBeNull();
  });
});

describe("revisions and the 数据核验 record", () => {
  it("keeps every revision reachable, with the first publication date and the correction note", async () => {
    const first = await load("east", 2021, 1);
    expect(first?.revision).toBe(1);
    expect((first?.data as GovReportData).tables.T3[0]![0]).toBe(13);
    expect((first?.data as GovReportData).tables.T3[2]![0]).toBe(6);
    expect(first?.firstPublishedAt).toBe("2022-01-20");
    expect(first?.revisions).toEqual([
      { revision: 1, publishedAt: "2022-01-20", correctionNote: null },
      { revision: 2, publishedAt: "2022-03-01", correctionNote: "更正表三予以公开数" },
    ]);
  });

  it("shows the findings stored at each publication, not recomputed ones", async () => {
    const first = await load("east", 2021, 1);
    const latest = await load("east", 2021);
    expect(first?.findings.some((f) => f.id === "T3-01" && f.severity === "error")).toBe(true);
    expect(latest?.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("marks imported archive reports", async () => {
    const archive = await load("east", 2018);
    expect(archive?.formatId).toBe("stat-2014");
    expect(archive?.source).toBe("import");
    expect(archive?.sourceNote).toBe("县政府网站存档");
  });
});

describe("the county's year", () => {
  it("judges the first publication against the default deadline, in Beijing time", async () => {
    const year = await loadCountyYear(t.db, "pubc", 2021);
    expect(year?.deadline).toBe("2022-01-31");
    expect(year?.deadlineSource).toBe("county_default");
    const status = Object.fromEntries((year?.rows ?? []).map((r) => [r.filingUnit.code, r.status]));
    expect(status).toEqual({
      east: "on_time",
      west: "late",
      north: "not_published",
      south: "not_published",
      mid: "not_published",
    });
    const east = year?.rows.find((r) => r.filingUnit.code === "east");
    expect(east).toMatchObject({
      firstPublishedAt: "2022-01-20",
      latestRevision: 2,
      latestPublishedAt: "2022-03-01",
    });
  });

  it("uses the county's setting for the year when there is one", async () => {
    const county = await t.db.county.findUniqueOrThrow({ where: { code: "pubc" } });
    await t.db.reportingYear.create({ data: { countyId: county.id, year: 2021, deadline: "2022-02-20" } });
    const year = await loadCountyYear(t.db, "pubc", 2021);
    expect(year?.deadline).toBe("2022-02-20");
    expect(year?.deadlineSource).toBe("reporting_year");
    expect(year?.rows.find((r) => r.filingUnit.code === "west")?.status).toBe("on_time");
    await t.db.reportingYear.deleteMany({ where: { countyId: county.id } });
  });

  it("is null for an unknown county", async () => {
    expect(await loadCountyYear(t.db, "nope", 2021)).toBeNull();
  });
});

describe("lists and search", () => {
  it("list only published reports, newest publication first", async () => {
    const all = await listPublishedReports(t.db);
    expect(all.map((r) => `${r.filingUnit.code}/${r.year}`)).toEqual([
      "east/2021",
      "west/2021",
      "east/2020",
      "east/2018",
    ]);
    expect(all[0]).toMatchObject({
      firstPublishedAt: "2022-01-20",
      latestRevision: 2,
      latestPublishedAt: "2022-03-01",
    });
  });

  it("filter by county, filing unit and year", async () => {
    const all = await listPublishedReports(t.db);
    expect(filterReports(all, { year: 2021 })).toHaveLength(2);
    expect(filterReports(all, { county: "pubc", filingUnit: "east" })).toHaveLength(3);
    expect(filterReports(all, { county: "other" })).toHaveLength(0);
  });

  it("search the organ and the narratives (every term), with a snippet from the text", async () => {
    const indexed = await listPublishedReports(t.db, { withNarratives: true });
    const fee = filterReports(indexed, { q: "信息处理费" });
    expect(fee.map((r) => `${r.filingUnit.code}/${r.year}`)).toEqual(["east/2021"]);
    expect(fee[0]?.snippet).toContain("信息处理费");
    expect(filterReports(indexed, { q: "西镇" }).map((r) => r.filingUnit.code)).toEqual(["west"]);
    expect(filterReports(indexed, { q: "西镇 信息处理费" })).toEqual([]);
    expect(filterReports(indexed, { q: "政务新媒体", year: 2021 })).toHaveLength(2);
  });
});

describe("open data", () => {
  it("JSON carries the stored tables in official order: T2 rows, T3 25 × 7, T4 15 values", async () => {
    const report = (await load("east", 2021))!;
    const doc = JSON.parse(JSON.stringify(toOpenDataReport(report)));
    const stored = report.data as GovReportData;
    expect(doc.tables).toEqual({ T2: stored.tables.T2, T3: stored.tables.T3, T4: stored.tables.T4 });
    expect(doc.tables.T3).toHaveLength(25);
    expect(doc.tables.T3.every((row: unknown[]) => row.length === 7)).toBe(true);
    expect(doc.tables.T4).toHaveLength(15);
    expect(doc.narratives).toEqual(stored.narratives);
    expect(doc).toMatchObject({
      schema: "nianbao.report/2",
      formatId: "gov-2021",
      organ: "公开县东镇人民政府",
      year: 2021,
      publishedAt: "2022-01-20",
      revision: 2,
      latestRevision: 2,
      corrections: [{ revision: 2, publishedAt: "2022-03-01", note: "更正表三予以公开数" }],
      urls: { html: "/reports/pubc/east/2021", json: "/reports/pubc/east/2021.json" },
    });
    expect(doc.sections.map((s: { id: string }) => s.id)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
  });

  it("JSON of an earlier revision names it and links the revision's own URLs", async () => {
    const doc = toOpenDataReport((await load("east", 2021, 1))!);
    expect(doc.revision).toBe(1);
    expect(doc.urls.json).toBe("/reports/pubc/east/2021.json?revision=1");
    expect(doc.checks.some((c) => c.id === "T3-01")).toBe(true);
  });

  it("JSON of gov-2019 keeps 23 T3 rows and the amount as written", async () => {
    const doc = toOpenDataReport((await load("east", 2020))!);
    expect((doc.tables.T3 as unknown[]).length).toBe(23);
    expect(doc.cellText).toEqual({ "T2.procurement.amount": "12.5万元" });
  });

  it("CSV round-trips every cell of every table to the stored arrays", async () => {
    for (const [filingUnit, year] of [
      ["east", 2021],
      ["east", 2020],
    ] as const) {
      const report = (await load(filingUnit, year))!;
      const stored = report.data as GovReportData;
      const records = csvRecords(toReportCsv(report));
      expect(records).toHaveLength(formatCells(getFormat(report.formatId)).all.length);
      const rebuilt: { T2: (number | null)[][]; T3: (number | null)[][]; T4: (number | null)[] } = {
        T2: [],
        T3: [],
        T4: [],
      };
      for (const r of records) {
        const value = r.value === "" ? null : Number(r.value);
        if (r.table === "T4") rebuilt.T4[Number(r.column) - 1] = value;
        else (rebuilt[r.table as "T2" | "T3"][Number(r.row) - 1] ??= [])[Number(r.column) - 1] = value;
      }
      expect(rebuilt).toEqual(stored.tables);
    }
  });

  it("CSV labels each cell (row and column) and gives the stat-2014 list in order", async () => {
    const gov = csvRecords(toReportCsv((await load("east", 2021))!));
    expect(gov.find((r) => r.cell_id === "T3.r05.c2")).toMatchObject({
      row_label: "（三）不予公开 1.属于国家秘密",
      column_label: "商业企业",
    });
    const stat = csvRecords(toReportCsv((await load("east", 2018))!));
    const stored = ((await load("east", 2018))!.data as StatReportData).tables.STAT;
    expect(stat.map((r) => [r.row_label, r.unit, r.value === "" ? null : Number(r.value)])).toEqual(
      stored.map((s) => [s.label, s.unit, s.value]),
    );
    expect(new Set(stat.map((r) => r.column_label))).toEqual(new Set(["统计数"]));
  });
});

describe("Word document", () => {
  it("is a .docx with the title, the headings, T3 labels and merged header cells", async () => {
    const bytes = await buildReportDocx((await load("east", 2021))!);
    expect(zipEntryNames(bytes)).toContain("word/document.xml");
    const xml = readZipEntry(bytes, "word/document.xml")!;
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("公开县东镇人民政府2021年政府信息公开工作年度报告");
    expect(text).toContain("三、收到和处理政府信息公开申请情况");
    expect(text).toContain("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(text).toContain("5.要求行政机关确认或重新出具已获取信息");
    expect(xml).toContain('w:gridSpan w:val="7"'); // 申请人情况 over the seven columns
    expect(xml).toContain('w:vMerge w:val="restart"'); // 自然人, 总计 and the row groups span rows
    expect(xml).toContain("<w:tblHeader/>"); // T3's header rows repeat on every page
    expect(xml).toContain("<w:cantSplit/>");
    expect(xml).toMatch(/w:pgSz w:w="11906" w:h="16838"/); // A4
    expect(xml).toContain('w:eastAsia="仿宋"');
  });

  it("renders gov-2019 and stat-2014 too", async () => {
    const gov2019 = readZipEntry(await buildReportDocx((await load("east", 2020))!), "word/document.xml")!;
    expect(gov2019.replace(/<[^>]+>/g, "")).toContain("12.5万元");
    const stat = readZipEntry(await buildReportDocx((await load("east", 2018))!), "word/document.xml")!;
    expect(stat.replace(/<[^>]+>/g, "")).toContain("（一）主动公开政府信息数");
  });
});

describe("unknown publication dates and years not judged", () => {
  beforeAll(async () => {
    // 西镇's 2020 report imported from a page that gives no date; 东镇's 2020 went through the workflow.
    await insertPublishedReport(t.db, {
      filingUnitId: ids.west!,
      year: 2020,
      formatId: "gov-2019",
      revisions: [
        { data: gov2019Report(), publishedAt: null, source: "import", sourceNote: "未注明日期.txt" },
      ],
    });
  });

  it("a year known only from imports is not judged: no deadline, every filing unit 未纳入统计", async () => {
    const year = await loadCountyYear(t.db, "pubc", 2018);
    expect(year).toMatchObject({ assessment: null, deadline: null, deadlineSource: null });
    expect(new Set(year?.rows.map((r) => r.status))).toEqual(new Set(["not_assessed"]));
    expect(year?.rows.find((r) => r.filingUnit.code === "east")).toMatchObject({
      published: true,
      firstPublishedAt: "2019-01-30",
    });
    const json = toCountyYearJson(year!);
    expect(json).toMatchObject({ deadline: null, assessment: null });
    expect(json.filingUnits.find((r) => r.code === "east")).toMatchObject({
      status: "not_assessed",
      statusLabel: "未纳入统计",
    });
    expect(
      csvRecords(toCountyYearCsv(year!)).every((r) => r.status === "not_assessed" && r.deadline === ""),
    ).toBe(true);
  });

  it("in a judged year, a published report without a date is 日期不详, never late", async () => {
    const year = await loadCountyYear(t.db, "pubc", 2020);
    expect(year).toMatchObject({ assessment: "workflow", deadline: "2021-01-31" });
    const west = year?.rows.find((r) => r.filingUnit.code === "west");
    expect(west).toMatchObject({ status: "date_unknown", published: true, firstPublishedAt: null });
    expect(year?.rows.find((r) => r.filingUnit.code === "east")?.status).toBe("on_time");
    const json = toCountyYearJson(year!).filingUnits.find((r) => r.code === "west");
    expect(json).toMatchObject({
      status: "date_unknown",
      statusLabel: "日期不详",
      publishedAt: null,
      url: "/reports/pubc/west/2020",
    });
  });

  it("the report, its open data and its Word file say the date is unknown", async () => {
    const report = (await load("west", 2020))!;
    expect(report).toMatchObject({
      firstPublishedAt: null,
      revisions: [{ revision: 1, publishedAt: null, correctionNote: null }],
    });
    expect(toOpenDataReport(report)).toMatchObject({
      publishedAt: null,
      revisionPublishedAt: null,
      source: "import",
    });
    const text = readZipEntry(await buildReportDocx(report), "word/document.xml")!.replace(/<[^>]+>/g, "");
    expect(text).toContain("日期不详");
  });

  it("lists reports with an unknown date after every dated one", async () => {
    const all = await listPublishedReports(t.db);
    expect(all.at(-1)).toMatchObject({
      filingUnit: { code: "west" },
      year: 2020,
      firstPublishedAt: null,
      latestPublishedAt: null,
    });
  });
});
