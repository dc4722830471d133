/**
 * The public site with every kind of filing unit: the county government's own
 * report judged against 31 March (条例 Art. 49), townships, streets and
 * departments against the county's deadline; retired units listed only where
 * they still have something to show; the kind in every open-data document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toCountyYearCsv, toCountyYearJson } from "@/lib/publications/county-year-open-data";
import { findCountyWithFilingUnits, listPublicPlaces } from "@/lib/publications/find-public-places";
import { listPublishedReports } from "@/lib/publications/list-published-reports";
import { loadCountyYear } from "@/lib/publications/load-county-year";
import { loadPublicReport } from "@/lib/publications/load-public-report";
import { toReportListJson } from "@/lib/publications/report-list-open-data";
import { toOpenDataReport } from "@/lib/publications/report-open-data";
import { csvRecords } from "../fixtures/parse-csv";
import {
  beijing,
  insertPlaces,
  insertPublishedReport,
  insertUnpublishedReport,
} from "../fixtures/published-report";
import { gov2021Report } from "../fixtures/report-data";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let ids: Record<string, string>;

/** Every unit publishes its 2021 report on 10 March 2022: late against 31 January, on time against 31 March. */
const MARCH_10 = beijing("2022-03-10T10:00:00");

beforeAll(async () => {
  t = await freshDatabase();
  ({ filingUnitIds: ids } = await insertPlaces(t.db, { code: "kindc", name: "类别县" }, [
    { code: "benji", name: "类别县人民政府", kind: "government", organName: "类别县人民政府" },
    { code: "tunli", name: "屯里镇" },
    { code: "dongcheng", name: "东城街道", kind: "street", organName: "类别县东城街道办事处" },
    { code: "shenji", name: "县审计局", kind: "department", organName: "类别县审计局" },
    { code: "caizheng", name: "县财政局", kind: "department", organName: "类别县财政局" },
    // Merged into 屯里镇 in 2022: its 2021 report stays public.
    {
      code: "hexi",
      name: "河西乡",
      organName: "类别县河西乡人民政府",
      retiredAt: beijing("2022-06-30T12:00:00"),
    },
    // Abolished in mid-2021, never reported here: listed for 2021 only.
    {
      code: "liangju",
      name: "县粮食局",
      kind: "department",
      organName: "类别县粮食局",
      retiredAt: beijing("2021-07-01T09:00:00"),
    },
    // Retired on 1 January 2021 (Beijing), at 00:30: still within 2021.
    { code: "jiuzhen", name: "旧镇", retiredAt: beijing("2021-01-01T00:30:00") },
  ]));
  for (const code of ["benji", "tunli", "shenji", "hexi"]) {
    await insertPublishedReport(t.db, {
      filingUnitId: ids[code]!,
      year: 2021,
      formatId: "gov-2021",
      revisions: [{ data: gov2021Report(), publishedAt: MARCH_10 }],
    });
  }
  await insertUnpublishedReport(t.db, {
    filingUnitId: ids.dongcheng!,
    year: 2021,
    formatId: "gov-2021",
    status: "submitted",
    data: gov2021Report(),
  });
});
afterAll(() => t.drop());

describe("the county's year covers every unit of every kind", () => {
  it("lists units in portal order, with their kind, and judges the county government against 31 March", async () => {
    const year = (await loadCountyYear(t.db, "kindc", 2021))!;
    expect(year.deadline).toBe("2022-01-31");
    expect(
      year.rows.map((r) => [
        r.filingUnit.code,
        r.filingUnit.kind,
        r.deadline,
        r.status,
        r.filingUnit.retired,
      ]),
    ).toEqual([
      ["benji", "government", "2022-03-31", "on_time", false],
      ["dongcheng", "street", "2022-01-31", "not_published", false],
      ["hexi", "township", "2022-01-31", "late", true],
      ["jiuzhen", "township", "2022-01-31", "not_published", true],
      ["tunli", "township", "2022-01-31", "late", false],
      ["caizheng", "department", "2022-01-31", "not_published", false],
      ["liangju", "department", "2022-01-31", "not_published", true],
      ["shenji", "department", "2022-01-31", "late", false],
    ]);
  });

  it("leaves out a retired unit with no report of the year that was retired before it began", async () => {
    const codes = (await loadCountyYear(t.db, "kindc", 2022))!.rows.map((r) => r.filingUnit.code);
    expect(codes).toContain("hexi"); // retired during 2022
    expect(codes).not.toContain("liangju");
    expect(codes).not.toContain("jiuzhen");
    expect(codes).toEqual(["benji", "dongcheng", "hexi", "tunli", "caizheng", "shenji"]);
  });

  it("gives the county government the county's deadline when the county set a later one", async () => {
    const county = await t.db.county.findUniqueOrThrow({ where: { code: "kindc" } });
    await t.db.reportingYear.create({ data: { countyId: county.id, year: 2021, deadline: "2022-04-15" } });
    const year = (await loadCountyYear(t.db, "kindc", 2021))!;
    expect(new Set(year.rows.map((r) => r.deadline))).toEqual(new Set(["2022-04-15"]));
    expect(year.rows.find((r) => r.filingUnit.code === "shenji")?.status).toBe("on_time");
    await t.db.reportingYear.deleteMany({ where: { countyId: county.id } });
  });

  it("JSON and CSV carry each unit's kind, its label, whether it is retired and its own deadline", async () => {
    const year = (await loadCountyYear(t.db, "kindc", 2021))!;
    const json = toCountyYearJson(year);
    expect(json.schema).toBe("nianbao.county-year/2");
    expect(json.filingUnits.find((u) => u.code === "benji")).toMatchObject({
      kind: "government",
      kindLabel: "县人民政府（本级）",
      organ: "类别县人民政府",
      retired: false,
      deadline: "2022-03-31",
      status: "on_time",
      url: "/reports/kindc/benji/2021",
    });
    const csv = csvRecords(toCountyYearCsv(year));
    expect(Object.keys(csv[0]!)).toEqual([
      "county_code",
      "county",
      "filing_unit_code",
      "filing_unit",
      "filing_unit_kind",
      "filing_unit_kind_label",
      "filing_unit_retired",
      "organ",
      "year",
      "deadline",
      "status",
      "status_label",
      "published_at",
      "latest_revision",
      "latest_published_at",
      "url",
    ]);
    expect(csv.map((r) => [r.filing_unit_code, r.filing_unit_kind, r.filing_unit_kind_label])).toEqual(
      json.filingUnits.map((u) => [u.code, u.kind, u.kindLabel]),
    );
    expect(csv.find((r) => r.filing_unit_code === "dongcheng")).toMatchObject({
      filing_unit: "东城街道",
      filing_unit_kind: "street",
      filing_unit_kind_label: "街道",
      filing_unit_retired: "false",
      deadline: "2022-01-31",
      status: "not_published",
    });
    expect(csv.find((r) => r.filing_unit_code === "hexi")).toMatchObject({
      filing_unit_retired: "true",
      status: "late",
    });
    expect(csv.find((r) => r.filing_unit_code === "benji")?.deadline).toBe("2022-03-31");
  });
});

describe("places on the public pages", () => {
  it("list units in service, and retired ones only while they have published reports", async () => {
    const county = (await findCountyWithFilingUnits("kindc", t.db))!;
    const listed = Object.fromEntries(county.filingUnits.map((u) => [u.code, [u.kind, u.retired]]));
    expect(listed).toEqual({
      benji: ["government", false],
      tunli: ["township", false],
      dongcheng: ["street", false],
      shenji: ["department", false],
      caizheng: ["department", false],
      hexi: ["township", true],
    });
    const places = await listPublicPlaces(t.db);
    expect(places.find((c) => c.code === "kindc")?.filingUnits).toEqual(county.filingUnits);
  });
});

describe("open data carries the kind", () => {
  it("in the report document and in the list, with the organ the report was published under", async () => {
    // Renamed after publication: the report keeps its organ, the unit its new name.
    await t.db.filingUnit.update({
      where: { id: ids.shenji! },
      data: { name: "县审计局（新）", organName: "类别县审计局（新）" },
    });
    const report = (await loadPublicReport(t.db, {
      county: "kindc",
      filingUnit: "shenji",
      year: 2021,
      revision: null,
    }))!;
    const doc = toOpenDataReport(report);
    expect(doc.schema).toBe("nianbao.report/2");
    expect(doc).toMatchObject({
      organ: "类别县审计局",
      filingUnit: { code: "shenji", name: "县审计局（新）", kind: "department", kindLabel: "县直部门" },
    });
    const list = toReportListJson(await listPublishedReports(t.db));
    expect(list.schema).toBe("nianbao.report-list/2");
    const kinds = Object.fromEntries(
      list.reports
        .filter((r) => r.county.code === "kindc")
        .map((r) => [r.filingUnit.code, [r.filingUnit.kind, r.filingUnit.kindLabel, r.organ]]),
    );
    expect(kinds).toEqual({
      benji: ["government", "县人民政府（本级）", "类别县人民政府"],
      tunli: ["township", "乡镇", "类别县屯里镇人民政府"],
      shenji: ["department", "县直部门", "类别县审计局"],
      hexi: ["township", "乡镇", "类别县河西乡人民政府"],
    });
  });
});
