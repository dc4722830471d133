import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo/seed-demo";
import { getFormat } from "@/lib/format";
import { formatCells } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import type { GovReportData } from "@/lib/format/report-data";
import { loadCountyReference } from "@/lib/reports/load-county-reference";
import { currentReportYear } from "@/lib/reporting/report-year";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
  await seedDemo(t.db);
});
afterAll(() => t.drop());

const unit = (code: string) =>
  t.db.filingUnit.findFirstOrThrow({ where: { code, county: { code: "jixian" } } });

describe("the county government's reference beside its own tables", () => {
  it("adds up every other unit's accepted report of the year, never the government's own", async () => {
    const lastYear = currentReportYear(new Date()) - 1;
    const government = await unit("zhengfu");
    const reference = await loadCountyReference(t.db, government, lastYear);
    expect(reference).not.toBeNull();

    const accepted = await t.db.report.findMany({
      where: { year: lastYear, status: "published", filingUnit: { countyId: government.countyId } },
      include: { filingUnit: true, publications: { orderBy: { revision: "desc" }, take: 1 } },
    });
    const others = accepted.filter((r) => r.filingUnitId !== government.id);
    expect(accepted.some((r) => r.filingUnitId === government.id)).toBe(true);
    expect(reference!.reportCount).toBe(others.length);

    const format = getFormat(accepted[0]!.formatId as "gov-2021");
    const received = formatCells(format).byId.get("T3.r01.c1")!;
    const sum = others.reduce(
      (total, r) => total + (readNumber(r.publications[0]!.data as unknown as GovReportData, received) ?? 0),
      0,
    );
    expect(readNumber({ narratives: { s1: "", s5: "", s6: "" }, tables: reference!.tables }, received)).toBe(
      sum,
    );
  });

  it("is offered only to the county government's report", async () => {
    const year = currentReportYear(new Date()) - 1;
    expect(await loadCountyReference(t.db, await unit("fagai"), year)).toBeNull();
    expect(await loadCountyReference(t.db, await unit("tunli"), year)).toBeNull();
    expect(await loadCountyReference(t.db, await unit("chengqu"), year)).toBeNull();
  });
});
