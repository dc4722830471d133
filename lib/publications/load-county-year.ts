import type { Db } from "@/lib/db/client";
import { compareFilingUnits, kindOf, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { yearDeadline } from "@/lib/reporting/year-deadline";
import { chinaDate, chinaDateOrNull } from "./china-date";
import {
  assessmentBasis,
  reportSource,
  unitTimeliness,
  type AssessmentBasis,
  type Timeliness,
} from "./timeliness";

export interface CountyYearRow {
  filingUnit: { code: string; name: string; organName: string; kind: FilingUnitKind; retired: boolean };
  /** The unit's own deadline (deadlineFor: 31 March for the county government); null when not judged. */
  deadline: string | null;
  status: Timeliness;
  /** Whether the filing unit's report of the year is public (whatever its date). */
  published: boolean;
  /** null: not published, or published on a date the source does not give (日期不详). */
  firstPublishedAt: string | null;
  latestRevision: number;
  latestPublishedAt: string | null;
}

export interface CountyYear {
  county: { code: string; name: string };
  year: number;
  /** Why the year is judged against a deadline; null: not judged (未纳入统计). */
  assessment: AssessmentBasis;
  /**
   * YYYY-MM-DD: the county's setting for the year, else its default month-day;
   * null when not judged. Townships, streets and departments are judged
   * against it; the county government's own report against its row's deadline.
   */
  deadline: string | null;
  /** Where the deadline came from, said on the page. */
  deadlineSource: "reporting_year" | "county_default" | null;
  rows: CountyYearRow[];
}

/**
 * Every filing unit of a county for one report year, of every kind, judged
 * against its deadline: published on time, late, or not yet; 日期不详 when an
 * imported report's source gives no date; and nothing judged (未纳入统计) in a
 * year the county neither opened nor ran on this system. Only publications
 * count, so a report that is drafted, submitted or approved is 尚未公开.
 * A retired unit is listed only for years it was active in or has a report
 * of. Rows in portal order (本级, 乡镇（街道）, 部门; by code within).
 */
export async function loadCountyYear(db: Db, countyCode: string, year: number): Promise<CountyYear | null> {
  const county = await db.county.findUnique({
    where: { code: countyCode },
    select: {
      code: true,
      name: true,
      defaultDeadline: true,
      reportingYears: { where: { year }, select: { deadline: true } },
      filingUnits: {
        select: {
          code: true,
          name: true,
          organName: true,
          kind: true,
          retiredAt: true,
          reports: {
            where: { year },
            select: {
              publications: {
                orderBy: { revision: "asc" },
                select: { revision: true, publishedAt: true, source: true },
              },
            },
          },
        },
      },
    },
  });
  if (!county) return null;
  const setting = county.reportingYears[0]?.deadline;
  const units = county.filingUnits
    .filter((unit) => activeIn(unit.retiredAt, year) || unit.reports.length > 0)
    .map((unit) => ({ ...unit, kind: kindOf(unit.kind) }))
    .sort(compareFilingUnits);
  const reports = units.flatMap((filingUnit) => filingUnit.reports);
  const assessment = assessmentBasis({
    hasReportingYear: setting !== undefined,
    reportSources: reports.map(reportSource),
  });
  const deadline = assessment === null ? null : yearDeadline(county, year, county.reportingYears[0]);
  return {
    county: { code: county.code, name: county.name },
    year,
    assessment,
    deadline,
    deadlineSource: assessment === null ? null : setting ? "reporting_year" : "county_default",
    rows: units.map((unit) => {
      const publications = unit.reports[0]?.publications ?? [];
      const first = publications[0];
      const last = publications.at(-1);
      const firstPublishedAt = chinaDateOrNull(first?.publishedAt ?? null);
      const { code, name, organName, kind } = unit;
      return {
        filingUnit: { code, name, organName, kind, retired: unit.retiredAt !== null },
        ...unitTimeliness(unit, year, { published: first !== undefined, date: firstPublishedAt }, deadline),
        published: first !== undefined,
        firstPublishedAt,
        latestRevision: last?.revision ?? 0,
        latestPublishedAt: chinaDateOrNull(last?.publishedAt ?? null),
      };
    }),
  };
}

/** Whether a unit still existed during some of the report year (retired on or after its 1 January, Beijing time). */
function activeIn(retiredAt: Date | null, year: number): boolean {
  return retiredAt === null || chinaDate(retiredAt) >= `${year}-01-01`;
}
