import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { db as appDb, type Db } from "@/lib/db/client";
import { countyYearTag, PUBLIC_LISTS_TAG, PUBLIC_TAG, reportTag } from "./public-cache-tags";
import { forgetRenderedFiles } from "./rendered-file-cache";

// Expire at once: a correction must never be served stale, not even once.
const NOW = { expire: 0 };

/**
 * Call after a report is published or corrected (from a server action or a
 * route handler): drops the cached report page data, its county-year and
 * every list. Looks the report's public codes up, since the caches are keyed
 * by URL, not by id.
 */
export async function invalidatePublicReport(reportId: string, db: Db = appDb): Promise<void> {
  const report = await db.report.findUnique({
    where: { id: reportId },
    select: { year: true, township: { select: { code: true, county: { select: { code: true } } } } },
  });
  if (report) {
    const county = report.township.county.code;
    revalidateTag(reportTag(county, report.township.code, report.year), NOW);
    revalidateTag(countyYearTag(county, report.year), NOW);
  }
  revalidateTag(PUBLIC_LISTS_TAG, NOW);
  forgetRenderedFiles(reportId);
}

/**
 * After changes that touch many reports or the places themselves (bulk
 * publication, import, a county or township added, a deadline changed):
 * every cached data entry and every cached page, the 404 pages of places
 * that did not exist yet included.
 */
export function invalidateAllPublicData(): void {
  revalidateTag(PUBLIC_TAG, NOW);
  revalidatePath("/", "layout");
  forgetRenderedFiles();
}
