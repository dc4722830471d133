import type { Db } from "@/lib/db/client";
import { listedInYear } from "@/lib/places/filing-unit-state";
import { assessmentBasis, reportSource } from "@/lib/publications/timeliness";
import { yearDeadline } from "@/lib/reporting/year-deadline";
import { reportStatusSchema, type ReportStatus } from "@/lib/workflow/status";

export interface CountyRef {
  id: string;
  code: string;
  name: string;
  defaultDeadline: string;
  approvalPublishes: boolean;
}

export interface SlotReport {
  id: string;
  status: ReportStatus;
  formatId: string;
  updatedAt: Date;
  submittedAt: Date | null;
  /** When a reviewer first opened this submission (null: not yet; the clerk may still withdraw it). */
  reviewOpenedAt: Date | null;
  publishedAt: Date | null;
  errorCount: number;
  warningCount: number;
  publishedRevision: number;
}

/** One filing unit's place in a reporting year; `report` is null until the filing unit starts (未开始). */
export interface FilingUnitSlot {
  filingUnit: { id: string; code: string; name: string; kind: string; retiredAt: Date | null };
  report: SlotReport | null;
  /** The county's last 催办 for this year; null or absent when never reminded. */
  lastRemindedAt?: Date | null;
}

export interface DashboardData {
  county: CountyRef;
  year: number;
  /** The opened reporting year, or null when the county has not opened it. */
  reportingYear: { year: number; deadline: string; openedAt: Date } | null;
  /** The county's deadline of the year; a unit's own is `deadlineFor` it (the county government: 31 March). */
  deadline: string;
  /**
   * Whether the year is judged against its deadline: false for a year known
   * only from imported history (reports, all imported, and no reporting year
   * opened here), as on the public county-year page.
   */
  assessed: boolean;
  /** Years the picker offers, newest first. */
  years: number[];
  /** Every filing unit of the county, by code; a retired one only in a year it has a report. */
  slots: FilingUnitSlot[];
}

type StoredSlotReport = Omit<SlotReport, "status"> & { status: string; publications: unknown[] };

function slotReport(stored: StoredSlotReport): SlotReport {
  const { publications, ...report } = stored;
  void publications; // read only to judge the year (assessmentBasis), not part of the slot
  return { ...report, status: reportStatusSchema.parse(report.status) };
}

/**
 * Everything the county dashboard shows for one year, in three independent
 * queries run together: filing units with their report of the year (Prisma reads
 * the reports for all filing units in one IN query, so no query per filing unit),
 * the county's opened years, and the years that have reports. Report content
 * (the JSON document) is never read here. A retired unit has no slot in a year
 * it never reported: nothing is missing there, it no longer files.
 */
export async function loadDashboard(
  db: Db,
  args: { county: CountyRef; year: number; currentYear: number },
): Promise<DashboardData> {
  const { county, year } = args;
  const [filingUnits, reportingYears, reportYears] = await Promise.all([
    db.filingUnit.findMany({
      // A retired unit stays only in the years it has a report of.
      where: { countyId: county.id, ...listedInYear(year) },
      orderBy: { code: "asc" },
      select: {
        id: true,
        code: true,
        name: true,
        kind: true,
        retiredAt: true,
        reports: {
          where: { year },
          select: {
            id: true,
            status: true,
            formatId: true,
            updatedAt: true,
            submittedAt: true,
            reviewOpenedAt: true,
            publishedAt: true,
            errorCount: true,
            warningCount: true,
            publishedRevision: true,
            publications: { orderBy: { revision: "asc" }, take: 1, select: { source: true } },
          },
        },
        reminders: { where: { year }, orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
      },
    }),
    db.reportingYear.findMany({
      where: { countyId: county.id },
      select: { year: true, deadline: true, openedAt: true },
    }),
    db.report.groupBy({ by: ["year"], where: { filingUnit: { countyId: county.id } } }),
  ]);

  const reportingYear = reportingYears.find((r) => r.year === year) ?? null;
  const reports = filingUnits.flatMap((t) => t.reports);
  const basis = assessmentBasis({
    hasReportingYear: reportingYear !== null,
    reportSources: reports.map(reportSource),
  });
  const years = new Set<number>([args.currentYear, year]);
  for (const r of reportingYears) years.add(r.year);
  for (const r of reportYears) years.add(r.year);

  return {
    county,
    year,
    reportingYear,
    deadline: yearDeadline(county, year, reportingYear),
    assessed: basis !== null || reports.length === 0,
    years: [...years].sort((a, b) => b - a),
    slots: filingUnits.map((t) => {
      const [report] = t.reports;
      return {
        filingUnit: { id: t.id, code: t.code, name: t.name, kind: t.kind, retiredAt: t.retiredAt },
        report: report ? slotReport(report) : null,
        lastRemindedAt: t.reminders[0]?.createdAt ?? null,
      };
    }),
  };
}
