import type { Db } from "@/lib/db/client";
import { chinaDate } from "@/lib/publications/china-date";
import { currentReportYear } from "@/lib/reporting/report-year";
import { buildDashboard, type DashboardModel } from "./build-dashboard";
import { parseDashboardQuery, type SearchParams } from "./dashboard-query";
import { loadDashboard, type CountyRef } from "./load-dashboard";
import { loadSummary, type SummaryData } from "./load-summary";
import {
  applicationsByFilingUnit,
  outcomeMix,
  publicationTimeliness,
  t3ChartLabels,
  type ChartDatum,
} from "./summary-charts";

export interface SummaryModel {
  county: CountyRef;
  year: number;
  years: number[];
  deadline: string;
  summary: SummaryData;
  /** The filing units of the year in the summary's scope, for the timeliness chart. */
  dashboard: DashboardModel;
  charts: {
    applications: ChartDatum[];
    outcomes: ChartDatum[];
    timeliness: ChartDatum[];
    /** The T3 rows the first two charts add up, as the year's format prints them; null without T3. */
    t3Labels: { received: string; results: string } | null;
  };
}

/**
 * The county summary page model: the summed tables and their checks, and the
 * chart data, over every unit or the kind group the URL names (?group=).
 */
export async function loadSummaryModel(
  db: Db,
  args: { county: CountyRef; searchParams: SearchParams; now: Date },
): Promise<SummaryModel> {
  const currentYear = currentReportYear(args.now);
  const query = parseDashboardQuery(args.searchParams, currentYear);
  const [summary, data] = await Promise.all([
    loadSummary(db, { countyId: args.county.id, year: query.year, group: query.group }),
    loadDashboard(db, { county: args.county, year: query.year, currentYear }),
  ]);
  const dashboard = buildDashboard(data, query, chinaDate(args.now));
  return {
    county: args.county,
    year: query.year,
    years: data.years,
    deadline: data.deadline,
    summary,
    dashboard,
    charts: {
      applications: summary.summable ? applicationsByFilingUnit(summary.format, summary.included) : [],
      outcomes:
        summary.summable && summary.included.length > 0 ? outcomeMix(summary.format, summary.totals) : [],
      timeliness: publicationTimeliness(dashboard.rows.map((r) => r.deadline)),
      t3Labels: t3ChartLabels(summary.format),
    },
  };
}
