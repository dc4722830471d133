import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db/client";
import { currentReportYear } from "@/lib/reporting/report-year";
import { filterReports, listPublishedReports, type ReportFilters } from "./list-published-reports";
import { loadCountyYear } from "./load-county-year";
import { loadPublicReport, type PublicReportQuery } from "./load-public-report";
import { countyYearTag, PUBLIC_LISTS_TAG, PUBLIC_TAG, reportTag } from "./public-cache-tags";

/**
 * Cached loaders for the public pages: the data is cached, not the HTML (the
 * per-request CSP nonce makes every page dynamic). Entries are tagged by
 * report and by county-year; `invalidatePublicReport` drops them when a
 * report is published or corrected.
 *
 * Next.js keeps this cache on disk under .next/cache, shared by every process
 * and database that runs the same build (the demo, the e2e server, a
 * restored backup). The boot id in each key confines entries to this
 * process, whose database they were read from. An hour's lifetime bounds what
 * an unannounced change (an organ renamed by an administrator) can leave stale.
 */
const BOOT = `${process.pid}-${Date.now()}`;
const LIFETIME_SECONDS = 3600;
/** Annual reports began with the 2007 条例 (reports for 2008). */
const FIRST_REPORT_YEAR = 2008;

// The list of published reports, without and with narratives (search); one entry each.
const listWithoutText = unstable_cache(() => listPublishedReports(db), ["public-list", BOOT], {
  tags: [PUBLIC_TAG, PUBLIC_LISTS_TAG],
  revalidate: LIFETIME_SECONDS,
});

const listWithText = unstable_cache(() => listPublishedReports(db, { withNarratives: true }), ["public-index", BOOT], {
  tags: [PUBLIC_TAG, PUBLIC_LISTS_TAG],
  revalidate: LIFETIME_SECONDS,
});

/**
 * A published revision, or null. Existence is decided from the cached list of
 * published reports first, so URLs that name nothing published (typos,
 * crawlers, drafts) never create cache entries of their own.
 */
export async function getPublicReport(query: PublicReportQuery) {
  const { county, township, year, revision } = query;
  const listed = (await listWithoutText()).find(
    (r) => r.county.code === county && r.township.code === township && r.year === year,
  );
  if (!listed || (revision !== null && revision > listed.latestRevision)) return null;
  return unstable_cache(
    () => loadPublicReport(db, query),
    ["public-report", BOOT, county, township, String(year), String(revision ?? "latest")],
    { tags: [PUBLIC_TAG, reportTag(county, township, year)], revalidate: LIFETIME_SECONDS },
  )();
}

/** The county's year, or null for an unknown county or a year outside the annual-report era. */
export async function getCountyYear(county: string, year: number) {
  if (year < FIRST_REPORT_YEAR || year > currentReportYear(new Date()) + 1) return null;
  if (!(await db.county.findUnique({ where: { code: county }, select: { id: true } }))) return null;
  return unstable_cache(() => loadCountyYear(db, county, year), ["public-county-year", BOOT, county, String(year)], {
    tags: [PUBLIC_TAG, countyYearTag(county, year)],
    revalidate: LIFETIME_SECONDS,
  })();
}

/** Published reports matching the filters; only a text search reads the (larger) entry with narratives. */
export async function getPublishedReports(filters: ReportFilters = {}) {
  const entries = filters.q?.trim() ? await listWithText() : await listWithoutText();
  return filterReports(entries, filters);
}
