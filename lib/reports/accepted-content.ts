/**
 * What the county has accepted of a report: the basis of last year's figures
 * (the year-over-year checks T3-06, T2-01 and S-06, the carry-over prefill)
 * and of the county summary. It is the latest published revision; where
 * nothing is published yet, the approved report itself. A correction's working
 * copy never counts, whatever state it has reached (being corrected,
 * resubmitted, returned or approved), until it is published.
 */
import type { Prisma } from "@/lib/db/client";
import type { ReportData } from "@/lib/format/report-data";

/** Reports that have accepted content. */
export const ACCEPTED_REPORT_WHERE = {
  OR: [{ publications: { some: {} } }, { status: "approved" }],
} satisfies Prisma.ReportWhereInput;

/** The columns acceptedContent reads. */
export const ACCEPTED_REPORT_SELECT = {
  status: true,
  formatId: true,
  data: true,
  publications: {
    orderBy: { revision: "desc" },
    take: 1,
    select: { revision: true, formatId: true, data: true },
  },
} satisfies Prisma.ReportSelect;

interface Revision {
  revision: number;
  formatId: string;
  data: unknown;
}

export interface AcceptedContent {
  formatId: string;
  data: ReportData;
  /** The published revision the content comes from; null: the approved, never published report. */
  revision: number | null;
}

export function acceptedContent(report: {
  status: string;
  formatId: string;
  data: unknown;
  publications: readonly Revision[];
}): AcceptedContent | null {
  const latest = report.publications.reduce<Revision | undefined>(
    (best, p) => (best && best.revision >= p.revision ? best : p),
    undefined,
  );
  if (latest)
    return { formatId: latest.formatId, data: latest.data as ReportData, revision: latest.revision };
  if (report.status === "approved")
    return { formatId: report.formatId, data: report.data as ReportData, revision: null };
  return null;
}
