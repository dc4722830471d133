import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportListingPage } from "../../reports/report-listing-page";

type Params = Promise<{ page: string }>;

// Cached as HTML on first visit, dropped whenever a report is published or corrected.
export const revalidate = 3600;
export function generateStaticParams(): { page: string }[] {
  return [];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { page } = await params;
  return {
    title: "公开报告",
    alternates: { canonical: page === "1" ? "/reports" : `/reports?page=${page}` },
  };
}

/**
 * Every published report, one page of the list: what /reports and
 * /reports?page=N show without a search. Readers never see this path;
 * proxy.ts rewrites those URLs here (lib/page-cache/cached-public-pages.mjs).
 */
export default async function CachedReportListPage({ params }: { params: Params }) {
  const page = Number((await params).page);
  if (!Number.isInteger(page) || page < 1) notFound();
  return <ReportListingPage filters={{}} page={page} />;
}
