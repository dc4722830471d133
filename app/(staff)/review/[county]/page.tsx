import type { Metadata } from "next";
import { DashboardView } from "@/components/review/dashboard-view";
import { canAdministerCounty, canReadCounty, canReviewCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { requireCountyPage } from "@/lib/review/authorize-county-route";
import type { SearchParams } from "@/lib/review/dashboard-query";
import { loadDashboardModel } from "@/lib/review/dashboard-model";

export const metadata: Metadata = { title: "审核" };

export default async function CountyDashboard({
  params,
  searchParams,
}: {
  params: Promise<{ county: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { county: code } = await params;
  const { county, user } = await requireCountyPage(code, canReadCounty);
  const model = await loadDashboardModel(db, { county, searchParams: await searchParams, now: new Date() });
  return (
    <DashboardView
      model={model}
      canReview={canReviewCounty(user, county.id)}
      canAdminister={canAdministerCounty(user, county.id)}
    />
  );
}
