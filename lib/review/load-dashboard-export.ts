import "server-only";
import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { authorizeCountyRoute } from "./authorize-county-route";
import type { CountyRef } from "./load-dashboard";
import { loadDashboardModel } from "./dashboard-model";
import { searchParamsOf } from "./download-response";

/**
 * What every dashboard download starts with: the reader's right to the
 * county, then the dashboard as the page shows it for the URL's year,
 * filters and sort.
 */
export async function loadDashboardExport(
  request: Request,
  countyCode: string,
): Promise<
  | { ok: true; county: CountyRef; model: Awaited<ReturnType<typeof loadDashboardModel>> }
  | { ok: false; response: Response }
> {
  const access = await authorizeCountyRoute(countyCode, canReadCounty);
  if (!access.ok) return access;
  const model = await loadDashboardModel(db, {
    county: access.county,
    searchParams: searchParamsOf(request.url),
    now: new Date(),
  });
  return { ok: true, county: access.county, model };
}
