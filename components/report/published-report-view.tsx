import type { ReactNode } from "react";
import { getFormat } from "@/lib/format";
import { isGovData, type ReportData } from "@/lib/format/report-data";
import { tableLayout } from "@/lib/format/table-layout";
import type { FormatId, SectionDef } from "@/lib/format/types";
import { cellDisplay, cellValueOf } from "@/lib/publications/cell-display";
import { dateLabelOrUnknown } from "@/lib/publications/china-date";
import { reportTitle } from "@/lib/publications/report-title";
import { ReportNarrative } from "./report-narrative";
import { StatListTable } from "./stat-list-table";
import { StatutoryTable } from "./statutory-table";

export interface PublishedReportViewProps {
  organName: string;
  year: number;
  formatId: FormatId;
  data: ReportData;
  /** "h1" on the public page; "h2" where the page has its own h1 (the review page). */
  titleLevel?: "h1" | "h2";
  /** Prefix for element ids when a page shows two reports. */
  idPrefix?: string;
  /** Shown between the title and the first section (publication facts). */
  children?: ReactNode;
  /** The 落款 date (YYYY-MM-DD); null: unknown, printed as 日期不详; omitted: no 落款 (the review page). */
  signedOn?: string | null;
  /**
   * The state of a report the public cannot see (草稿（未公开）…): a banner on
   * screen, a watermark on every printed page (globals.css).
   */
  mark?: string;
}

function SectionBody({
  section,
  formatId,
  data,
  idPrefix,
}: {
  section: SectionDef;
  formatId: FormatId;
  data: ReportData;
  idPrefix: string;
}) {
  const format = getFormat(formatId);
  if (section.kind === "narrative") {
    const text = (data.narratives as Record<string, string | undefined>)[section.id] ?? "";
    return <ReportNarrative text={text} />;
  }
  if (section.tableId === "STAT") {
    return isGovData(data) ? null : <StatListTable format={format} rows={data.tables.STAT} />;
  }
  const layout = section.tableId ? tableLayout(format, section.tableId) : null;
  if (!layout || !isGovData(data)) return null;
  return (
    <StatutoryTable
      layout={layout}
      caption={section.heading}
      idPrefix={idPrefix}
      stickyLabels
      variant="document"
      className="report-table"
      renderValue={(c) =>
        cellDisplay(c.cell, cellValueOf(data, c.cell), data.cellText) || <span className="sr-only">空</span>
      }
    />
  );
}

/**
 * A report laid out as the State Council format prints it: the statutory
 * title, the format's section headings in order, narratives as paragraphs and
 * the tables with the official header structure. Driven entirely by the
 * format definition, so gov-2021, gov-2019 and stat-2014 share this code.
 * A server component: the public page ships no JavaScript for it.
 */
export function PublishedReportView({
  organName,
  year,
  formatId,
  data,
  titleLevel = "h1",
  idPrefix = "",
  children,
  signedOn,
  mark,
}: PublishedReportViewProps) {
  const format = getFormat(formatId);
  const Title = titleLevel;
  const Heading = titleLevel === "h1" ? "h2" : "h3";
  return (
    <article className="report-document" aria-labelledby={`${idPrefix}report-title`}>
      {mark ? (
        <p className="report-mark" data-testid="report-mark">
          {mark}
        </p>
      ) : null}
      <Title id={`${idPrefix}report-title`} className="report-title">
        {reportTitle(organName, year)}
      </Title>
      {children}
      {format.sections.map((section) => (
        <section
          key={section.id}
          className="report-section"
          aria-labelledby={`${idPrefix}${section.id}-heading`}
        >
          <Heading id={`${idPrefix}${section.id}-heading`} className="report-heading">
            {section.heading}
          </Heading>
          <SectionBody section={section} formatId={formatId} data={data} idPrefix={idPrefix} />
        </section>
      ))}
      {signedOn !== undefined ? (
        <p className="report-signature">
          <span>{organName}</span>
          <span>{dateLabelOrUnknown(signedOn)}</span>
        </p>
      ) : null}
    </article>
  );
}
