import type { Db } from "@/lib/db/client";
import { deadlineOf } from "@/lib/reporting/report-year";
import { chinaDateOrNull } from "./china-date";
import { assessmentBasis, timelinessOf, type AssessmentBasis, type Timeliness } from "./timeliness";

export interface CountyYearRow {
  filingUnit: { code: string; name: string; organName: string };
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
  /** YYYY-MM-DD: the county's setting for the year, else its default month-day; null when not judged. */
  deadline: string | null;
  /** Where the deadline came from, said on the page. */
  deadlineSource: "reporting_year" | "county_default" | null;
  rows: CountyYearRow[];
}

/**
 * Every filing unit of a county for one report year, judged against the
 * deadline: published on time, late, or not yet; 日期不详 when an imported
 * report's source gives no date; and nothing judged (未纳入统计) in a year
 * the county neither opened nor ran on this system. Only publications count,
 * so a report that is drafted, submitted or approved is 尚未公开.
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
        orderBy: { code: "asc" },
        select: {
          code: true,
          name: true,
          organName: true,
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
  const reports = county.filingUnits.flatMap((filingUnit) => filingUnit.reports);
  const assessment = assessmentBasis({
    hasReportingYear: setting !== undefined,
    reportSources: reports.map((r) => (r.publications[0]?.source === "import" ? "import" : "workflow")),
  });
  const deadline = assessment === null ? null : (setting ?? deadlineOf(year, county.defaultDeadline));
  return {
    county: { code: county.code, name: county.name },
    year,
    assessment,
    deadline,
    deadlineSource: assessment === null ? null : setting ? "reporting_year" : "county_default",
    rows: county.filingUnits.map((filingUnit) => {
      const publications = filingUnit.reports[0]?.publications ?? [];
      const first = publications[0];
      const last = publications.at(-1);
      const firstPublishedAt = chinaDateOrNull(first?.publishedAt ?? null);
      return {
        filingUnit: { code: filingUnit.code, name: filingUnit.name, organName: filingUnit.organName },
        status: timelinessOf({ published: first !== undefined, date: firstPublishedAt }, deadline),
        published: first !== undefined,
        firstPublishedAt,
        latestRevision: last?.revision ?? 0,
        latestPublishedAt: chinaDateOrNull(last?.publishedAt ?? null),
      };
    }),
  };
}
