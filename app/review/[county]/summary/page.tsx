import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SummaryView } from "@/components/review/summary-view";
import { ensure, requireUser } from "@/lib/authz/guards";
import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { findCountyByCode } from "@/lib/places/find-places";
import type { SearchParams } from "@/lib/review/dashboard-query";
import { loadSummaryModel } from "@/lib/review/summary-model";

export const metadata: Metadata = { title: "全县汇总" };

export default async function CountySummary({
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
  const model = await loadSummaryModel(db, { county, searchParams: await searchParams, now: new Date() });
  return <SummaryView model={model} />;
}
