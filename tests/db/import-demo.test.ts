import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SEEDS } from "@/lib/demo/seeds/import-demo-seeds";
import { seedDemo } from "@/lib/demo/seed-demo";
import { chinaDate } from "@/lib/publications/china-date";
import { loadCountyYear } from "@/lib/publications/load-county-year";
import { loadLastYear } from "@/lib/reports/check-context";
import { lastYearNarratives } from "@/lib/reports/last-year-narratives";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
  await seedDemo(t.db);
});
afterAll(() => t.drop());

describe("demo data: the five published seeds", () => {
  it("are imported as their filing units' historical published reports", async () => {
    const publications = await t.db.publication.findMany({
      where: { source: "import" },
      include: { report: { include: { filingUnit: { include: { county: true } } } } },
    });
    const found = publications
      .map(
        (p) =>
          `${p.report.filingUnit.county.code}/${p.report.filingUnit.code}/${p.report.year}/${p.formatId}/${p.sourceNote}`,
      )
      .sort();
    expect(found).toEqual(
      [
        "jixian/qu-e/2020/gov-2019/003-qu-e-2020.txt",
        "jixian/tunli/2020/gov-2019/000-tunli-2020.txt",
        "liupanshui-demo/jinpen/2018/stat-2014/001-jinpen-2018.txt",
        "shili-demo/baihe/2021/gov-2021/002-baihe-2021.txt",
        "wanzhou/wuling/2020/gov-2019/004-wuling-2020.txt",
      ].sort(),
    );
    expect(publications).toHaveLength(DEMO_SEEDS.length);
    for (const p of publications) expect(p.report.status).toBe("published");
  });

  it("keep the dates their pages print; 白鹤镇 and 曲峨镇 print none: 日期不详 and not judged, never 逾期", async () => {
    const dates = await t.db.publication.findMany({
      where: { source: "import" },
      select: { sourceNote: true, publishedAt: true, publishedAtSource: true },
    });
    const byFile = Object.fromEntries(
      dates.map((p) => [
        p.sourceNote,
        [p.publishedAt ? chinaDate(p.publishedAt) : null, p.publishedAtSource],
      ]),
    );
    expect(byFile).toEqual({
      "000-tunli-2020.txt": ["2021-01-30", "date-line"],
      "001-jinpen-2018.txt": ["2019-02-15", "signature"],
      "002-baihe-2021.txt": [null, null],
      "003-qu-e-2020.txt": [null, null],
      "004-wuling-2020.txt": ["2021-01-27", "date-label"],
    });
    for (const [county, year] of [
      ["jixian", 2020],
      ["shili-demo", 2021],
    ] as const) {
      const countyYear = await loadCountyYear(t.db, county, year);
      expect(countyYear?.deadline).toBeNull();
      expect(countyYear?.rows.every((r) => r.status === "not_assessed")).toBe(true);
    }
  });

  it("the added filing units carry the organ names the seeds print", async () => {
    const names = await t.db.filingUnit.findMany({
      where: { code: { in: ["baihe", "jinpen"] } },
      orderBy: { code: "asc" },
    });
    expect(names.map((n) => n.organName)).toEqual(["白鹤镇人民政府", "金盆苗族彝族乡人民政府"]);
  });

  it("a stat-2014 last year gives its 报告正文 as s1", async () => {
    const jinpen = await t.db.filingUnit.findFirstOrThrow({ where: { code: "jinpen" } });
    const last = lastYearNarratives(await loadLastYear(t.db, jinpen.id, 2019));
    expect(last?.formatId).toBe("stat-2014");
    expect(Object.keys(last?.narratives ?? {})).toEqual(["s1"]);
  });
});
