import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db as appDb, type Db } from "@/lib/db/client";
import { ALL_PUBLIC, recordCacheInvalidation } from "@/lib/page-cache/record-cache-invalidation";
import { countyYearTag, PUBLIC_LISTS_TAG, PUBLIC_TAG, reportTag } from "./public-cache-tags";
import { forgetRenderedFiles } from "./rendered-file-cache";

// Expire at once: a correction must never be served stale, not even once.
const NOW = { expire: 0 };

/**
 * Call after a report is published or corrected (from a server action or a
 * route handler): drops the cached report page data, its county-year and
 * every list, in this process and (through the recorded invalidation) in
 * every other app server. Looks the report's public codes up, since the
 * caches are keyed by URL, not by id.
 */
export async function invalidatePublicReport(reportId: string, db: Db = appDb): Promise<void> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { year: true, filingUnit: { select: { code: true, county: { select: { code: true } } } } },
  });
  const tags: string[] = [];
  if (report) {
    const county = report.filingUnit.county.code;
    tags.push(reportTag(county, report.filingUnit.code, report.year), countyYearTag(county, report.year));
  }
  tags.push(PUBLIC_LISTS_TAG);
  for (const tag of tags) revalidateTag(tag, NOW);
  forgetRenderedFiles(reportId);
  await recordCacheInvalidation(db, { tags, reportId });
}

/**
 * After changes that touch many reports or the places themselves (bulk
 * publication, import, a deadline changed; a county or filing unit created,
 * renamed or retired): every cached data entry and every cached page, on
 * every app server. A place change needs all of them: a new unit's URL may
 * be cached as 404; a rename shows on the county, county-year and unit pages,
 * the lists, the search form and every report page's breadcrumbs; a
 * retirement changes which units the county and county-year pages list.
 */
export async function invalidateAllPublicData(db: Db = appDb): Promise<void> {
  revalidateTag(PUBLIC_TAG, NOW);
  revalidatePath("/", "layout");
  forgetRenderedFiles();
  await recordCacheInvalidation(db, { tags: [ALL_PUBLIC] });
}
