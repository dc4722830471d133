import { AlignmentType, Document, Footer, Packer, Paragraph, PageNumber, TextRun, type Table } from "docx";
import { getFormat } from "@/lib/format";
import { getTable } from "@/lib/format/cells";
import { tableLayout } from "@/lib/format/table-layout";
import { isGovData } from "@/lib/format/report-data";
import { cellDisplay, cellValueOf } from "./cell-display";
import { dateLabelOrUnknown } from "./china-date";
import { statDocxTable, statutoryDocxTable } from "./docx-statutory-table";
import { FACES, SIZES, bodyParagraphs, headingParagraph, plainParagraph, titleParagraph } from "./docx-text";
import type { PublicReport } from "./public-report-types";
import { reportTitle } from "./report-title";

/** A4 in twips, with the GB/T 9704 margins (top 37, bottom 35, left 28, right 26 mm). */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 1000 },
};

function pageNumberFooter(): Footer {
  const style = {
    size: SIZES.footer,
    font: { ascii: FACES.latin, eastAsia: FACES.body, hAnsi: FACES.latin },
  };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...style, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

function sectionBody(report: PublicReport, sectionId: string): (Paragraph | Table)[] {
  const format = getFormat(report.formatId);
  const section = format.sections.find((s) => s.id === sectionId);
  if (!section) return [];
  const data = report.data;
  if (section.kind === "narrative") {
    const text = (data.narratives as Record<string, string | undefined>)[section.id] ?? "";
    const paragraphs = bodyParagraphs(text);
    return paragraphs.length > 0
      ? paragraphs
      : [plainParagraph("（未填写）", { indent: { firstLine: 640 } })];
  }
  if (section.tableId === "STAT") {
    const table = getTable(format, "STAT");
    if (table?.layout !== "list" || isGovData(data)) return [];
    return [statDocxTable(table.columns, data.tables.STAT)];
  }
  const layout = section.tableId ? tableLayout(format, section.tableId) : null;
  if (!layout || !isGovData(data)) return [];
  return [statutoryDocxTable(layout, (c) => cellDisplay(c.cell, cellValueOf(data, c.cell), data.cellText))];
}

/** The closing lines an office seals: organ and date, right-aligned. */
function signature(report: PublicReport): Paragraph[] {
  const shown = report.revisions.find((r) => r.revision === report.revision);
  const date = dateLabelOrUnknown(shown?.publishedAt ?? report.firstPublishedAt);
  const right = { alignment: AlignmentType.RIGHT, indent: { right: 640 } } as const;
  const lines = [
    new Paragraph({ children: [] }),
    plainParagraph(report.township.organName, right),
    plainParagraph(date, right),
  ];
  if (report.revision > 1) {
    lines.push(
      plainParagraph(
        `（本报告于${dateLabelOrUnknown(report.firstPublishedAt)}首次公开，此为第${report.revision}版，${date}更正。）`,
        { spacing: { before: 240 } },
      ),
    );
  }
  return lines;
}

/**
 * The report as a .docx in the official layout: the statutory title, the six
 * headings, the narratives as written and the tables with the form's merged
 * headers (derived from the same tableLayout as the web page), on A4.
 */
export async function buildReportDocx(report: PublicReport): Promise<Uint8Array> {
  const format = getFormat(report.formatId);
  const title = reportTitle(report.township.organName, report.year);
  const children: (Paragraph | Table)[] = [titleParagraph(title)];
  for (const section of format.sections) {
    children.push(headingParagraph(section.heading), ...sectionBody(report, section.id));
    if (section.kind === "table") children.push(new Paragraph({ children: [] }));
  }
  children.push(...signature(report));
  const document = new Document({
    title,
    creator: report.township.organName,
    description: `${title}（第${report.revision}版）`,
    styles: {
      default: {
        document: {
          run: { size: SIZES.body, font: { ascii: FACES.latin, hAnsi: FACES.latin, eastAsia: FACES.body } },
        },
      },
    },
    sections: [{ properties: { page: PAGE }, footers: { default: pageNumberFooter() }, children }],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer);
}
