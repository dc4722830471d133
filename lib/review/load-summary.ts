import { applicationBalanceCheck } from "@/lib/checks/application-balance";
import { declaredSumChecks } from "@/lib/checks/declared-sums";
import type { Finding } from "@/lib/checks/types";
import type { Db } from "@/lib/db/client";
import { formatForYear } from "@/lib/format";
import { isGovData, type GovReportData, type ReportData } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";
import {
  ACCEPTED_REPORT_SELECT,
  ACCEPTED_REPORT_WHERE,
  acceptedContent,
} from "@/lib/reports/accepted-content";
import { kindOf, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { reportStatusSchema, type ReportStatus } from "@/lib/workflow/status";
import { kindsOfGroup, type KindScope } from "./kind-scope";
import { sumReports } from "./sum-reports";

export interface SummarySource {
  reportId: string;
  filingUnitCode: string;
  filingUnitName: string;
  kind: FilingUnitKind;
  status: ReportStatus;
  formatId: string;
  /** Published revision the numbers come from; null: the approved report itself. */
  revision: number | null;
  data: ReportData;
}

export interface SummaryData {
  year: number;
  /** Which units are added up: every unit of the county (null) or one kind group. */
  scope: KindScope;
  /** The format of the year: only reports in it are added up. */
  format: FormatDef;
  /** false for years of the pre-2019 statistical table, which has no fixed grid to add up. */
  summable: boolean;
  included: (SummarySource & { data: GovReportData })[];
  /** Reports in another format than the year's (a stale template, an import). */
  skipped: SummarySource[];
  totals: GovReportData;
  /** T3-01..03 and T4-01..03 on the totals. */
  findings: Finding[];
}

const SUM_CHECKS = [applicationBalanceCheck, ...declaredSumChecks];

/**
 * The sum and balance checks of the format, run on the totals. Whatever the
 * scope, the totals are the county's office's figures, so the checks read
 * them at county level.
 */
export function checkTotals(format: FormatDef, totals: GovReportData, year: number): Finding[] {
  return SUM_CHECKS.filter((check) => check.formats.includes(format.id)).flatMap((check) =>
    check.run(format, totals, { year, organLevel: "county" }),
  );
}

/**
 * Accepted reports of one county and year (of one kind group's units when a
 * group is given), each with the content that counts
 * (lib/reports/accepted-content.ts): the latest publication (what the public
 * sees), or the approved report where nothing is published. One query; the
 * publications of all reports come in one IN query. A retired unit's reports
 * count for the years it filed them.
 */
export async function loadSummarySources(
  db: Db,
  args: { countyId: string; year: number; group?: KindScope },
): Promise<SummarySource[]> {
  const kinds = args.group ? { kind: { in: kindsOfGroup(args.group) } } : {};
  const reports = await db.report.findMany({
    where: { year: args.year, filingUnit: { countyId: args.countyId, ...kinds }, ...ACCEPTED_REPORT_WHERE },
    select: {
      id: true,
      filingUnit: { select: { code: true, name: true, kind: true } },
      ...ACCEPTED_REPORT_SELECT,
    },
  });
  return reports
    .flatMap((r): SummarySource[] => {
      const accepted = acceptedContent(r);
      if (!accepted) return [];
      return [
        {
          reportId: r.id,
          filingUnitCode: r.filingUnit.code,
          filingUnitName: r.filingUnit.name,
          kind: kindOf(r.filingUnit.kind),
          status: reportStatusSchema.parse(r.status),
          ...accepted,
        },
      ];
    })
    .sort((a, b) => (a.filingUnitCode < b.filingUnitCode ? -1 : a.filingUnitCode > b.filingUnitCode ? 1 : 0));
}

/** Adds up the sources in the year's format and checks the result. Pure. */
export function summarise(
  year: number,
  sources: readonly SummarySource[],
  scope: KindScope = null,
): SummaryData {
  const format = formatForYear(year);
  const summable = format.id !== "stat-2014";
  const included: SummaryData["included"] = [];
  const skipped: SummarySource[] = [];
  for (const source of sources) {
    if (summable && source.formatId === format.id && isGovData(source.data))
      included.push({ ...source, data: source.data });
    else skipped.push(source);
  }
  const totals = sumReports(
    format,
    included.map((s) => s.data),
  );
  return {
    year,
    scope,
    format,
    summable,
    included,
    skipped,
    totals,
    findings: summable && included.length > 0 ? checkTotals(format, totals, year) : [],
  };
}

export async function loadSummary(
  db: Db,
  args: { countyId: string; year: number; group?: KindScope },
): Promise<SummaryData> {
  return summarise(args.year, await loadSummarySources(db, args), args.group ?? null);
}
