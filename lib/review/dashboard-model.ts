import type { Db } from "@/lib/db/client";
import { chinaDate } from "@/lib/publications/china-date";
import { currentReportYear } from "@/lib/reporting/report-year";
import { buildDashboard, type DashboardModel } from "./build-dashboard";
import { parseDashboardQuery, type SearchParams } from "./dashboard-query";
import { loadDashboard, type CountyRef } from "./load-dashboard";

/** The dashboard page model for a URL's search parameters: shared by the page, the exports and the benchmark. */
export async function loadDashboardModel(
  db: Db,
  args: { county: CountyRef; searchParams: SearchParams; now: Date },
): Promise<DashboardModel> {
  const currentYear = currentReportYear(args.now);
  const query = parseDashboardQuery(args.searchParams, currentYear);
  const data = await loadDashboard(db, { county: args.county, year: query.year, currentYear });
  return buildDashboard(data, query, chinaDate(args.now));
}
