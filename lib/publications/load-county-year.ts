import type { Db } from "@/lib/db/client";
import { deadlineOf } from "@/lib/reporting/report-year";
import { chinaDate } from "./china-date";
import { timelinessOf, type Timeliness } from "./timeliness";

export interface CountyYearRow {
  township: { code: string; name: string; organName: string };
  status: Timeliness;
  firstPublishedAt: string | null;
  latestRevision: number;
  latestPublishedAt: string | null;
}

export interface CountyYear {
  county: { code: string; name: string };
  year: number;
  /** YYYY-MM-DD: the county's setting for the year, else its default month-day. */
  deadline: string;
  /** Where the deadline came from, said on the page. */
  deadlineSource: "reporting_year" | "county_default";
  rows: CountyYearRow[];
}

/**
 * Every township of a county for one report year, judged against the
 * deadline: published on time, late, or not yet. Only publications count, so
 * a report that is drafted, submitted or approved is 尚未公开.
 */
export async function loadCountyYear(db: Db, countyCode: string, year: number): Promise<CountyYear | null> {
  const county = await db.county.findUnique({
    where: { code: countyCode },
    select: {
      code: true,
      name: true,
      defaultDeadline: true,
      reportingYears: { where: { year }, select: { deadline: true } },
      townships: {
        orderBy: { code: "asc" },
        select: {
          code: true,
          name: true,
          organName: true,
          reports: {
            where: { year },
            select: { publications: { orderBy: { revision: "asc" }, select: { revision: true, publishedAt: true } } },
          },
        },
      },
    },
  });
  if (!county) return null;
  const setting = county.reportingYears[0]?.deadline;
  const deadline = setting ?? deadlineOf(year, county.defaultDeadline);
  return {
    county: { code: county.code, name: county.name },
    year,
    deadline,
    deadlineSource: setting ? "reporting_year" : "county_default",
    rows: county.townships.map((township) => {
      const publications = township.reports[0]?.publications ?? [];
      const first = publications[0];
      const last = publications.at(-1);
      const firstPublishedAt = first ? chinaDate(first.publishedAt) : null;
      return {
        township: { code: township.code, name: township.name, organName: township.organName },
        status: timelinessOf(firstPublishedAt, deadline),
        firstPublishedAt,
        latestRevision: last?.revision ?? 0,
        latestPublishedAt: last ? chinaDate(last.publishedAt) : null,
      };
    }),
  };
}
