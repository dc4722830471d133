import type { Metadata } from "next";
import { SummaryView } from "@/components/review/summary-view";
import { canReadCounty } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { requireCountyPage } from "@/lib/review/authorize-county-route";
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
  const { county } = await requireCountyPage(code, canReadCounty);
  const model = await loadSummaryModel(db, { county, searchParams: await searchParams, now: new Date() });
  return <SummaryView model={model} />;
}
