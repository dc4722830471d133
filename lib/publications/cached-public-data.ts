import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { currentReportYear } from "@/lib/reporting/report-year";
import { filterReports, listPublishedReports, type ReportFilters } from "./list-published-reports";
import { loadCountyYear } from "./load-county-year";
import { reportYears } from "./report-years";
import { loadPublicReport, type PublicReportQuery } from "./load-public-report";
import { countyYearTag, PUBLIC_LISTS_TAG, PUBLIC_TAG, reportTag } from "./public-cache-tags";

/**
 * Cached loaders for the public pages and files. The pages themselves are
 * also cached as HTML; these entries serve the open-data files, the pages
 * rendered per request (home, search) and every page's first render.
 * Entries are tagged by report and by county-year; `invalidatePublicReport`
 * drops them, and the pages built from them, when a report is published or
 * corrected. They live in this process's memory
 * (lib/page-cache/page-cache-handler.mjs), so they never outlive the database
 * they were read from. Changes to places drop everything
 * (`invalidateAllPublicData`); an hour's lifetime bounds what a change made
 * outside the actions (a script, the database by hand) can leave stale.
 */
const LIFETIME_SECONDS = 3600;
/** Annual reports began with the 2007 条例 (reports for 2008). */
const FIRST_REPORT_YEAR = 2008;

// The list of published reports, without and with narratives (search); one entry each.
const listWithoutText = unstable_cache(() => listPublishedReports(db), ["public-list"], {
  tags: [PUBLIC_TAG, PUBLIC_LISTS_TAG],
  revalidate: LIFETIME_SECONDS,
});

const listWithText = unstable_cache(
  () => listPublishedReports(db, { withNarratives: true }),
  ["public-index"],
  {
    tags: [PUBLIC_TAG, PUBLIC_LISTS_TAG],
    revalidate: LIFETIME_SECONDS,
  },
);

/**
 * A published revision, or null. Existence is decided from the cached list of
 * published reports first, so URLs that name nothing published (typos,
 * crawlers, drafts) never create data entries of their own (their 404 pages
 * are cached as HTML, within the cache's memory bound).
 */
export async function getPublicReport(query: PublicReportQuery) {
  const { county, filingUnit, year, revision } = query;
  const listed = (await listWithoutText()).find(
    (r) => r.county.code === county && r.filingUnit.code === filingUnit && r.year === year,
  );
  if (!listed || (revision !== null && revision > listed.latestRevision)) return null;
  return unstable_cache(
    () => loadPublicReport(db, query),
    ["public-report", county, filingUnit, String(year), String(revision ?? "latest")],
    { tags: [PUBLIC_TAG, reportTag(county, filingUnit, year)], revalidate: LIFETIME_SECONDS },
  )();
}

/** The county's year, or null for an unknown county or a year outside the annual-report era. */
export async function getCountyYear(county: string, year: number) {
  if (year < FIRST_REPORT_YEAR || year > currentReportYear(new Date()) + 1) return null;
  if (!(await db.county.findUnique({ where: { code: county }, select: { id: true } }))) return null;
  return unstable_cache(
    () => loadCountyYear(db, county, year),
    ["public-county-year", county, String(year)],
    {
      tags: [PUBLIC_TAG, countyYearTag(county, year)],
      revalidate: LIFETIME_SECONDS,
    },
  )();
}

/** Published reports matching the filters; only a text search reads the (larger) entry with narratives. */
export async function getPublishedReports(filters: ReportFilters = {}) {
  const entries = filters.q?.trim() ? await listWithText() : await listWithoutText();
  return filterReports(entries, filters);
}

/** Years with at least one published report, for the year filter. */
export async function getPublishedYears(asked?: number): Promise<number[]> {
  return reportYears(await listWithoutText(), asked);
}
