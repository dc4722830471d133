import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/review/dashboard-view";
import { ensure, requireUser } from "@/lib/authz/guards";
import { canAdministerCounty, canReadCounty, canReviewCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { findCountyByCode } from "@/lib/places/find-places";
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
  const user = await requireUser({ roles: ["reviewer", "admin"] });
  const county = await findCountyByCode(code);
  if (!county) notFound();
  ensure(canReadCounty(user, county.id));
  const model = await loadDashboardModel(db, { county, searchParams: await searchParams, now: new Date() });
  return (
    <DashboardView
      model={model}
      canReview={canReviewCounty(user, county.id)}
      canAdminister={canAdministerCounty(user, county.id)}
    />
  );
}
