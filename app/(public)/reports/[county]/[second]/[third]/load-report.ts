import { cache } from "react";
import { getPublicReport } from "@/lib/publications/cached-public-data";
import { parseRevision, parseYear } from "@/lib/urls/public-paths";

export type ReportParams = Promise<{ county: string; second: string; third: string }>;
export type ReportSearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * A published revision (the latest when `revisionParam` is absent), or null.
 * generateMetadata and the page ask for the same report: one load per render.
 */
export const loadReport = cache(
  async (county: string, filingUnit: string, third: string, revisionParam: string | string[] | undefined) => {
    const year = parseYear(third);
    const revision = parseRevision(revisionParam);
    if (year === null || revision === "invalid") return null;
    return getPublicReport({ county, filingUnit, year, revision });
  },
);
