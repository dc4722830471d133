import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  Paragraph,
  PageNumber,
  TextRun,
  type Table,
} from "docx";
import { getFormat } from "@/lib/format";
import { getListTable } from "@/lib/format/cells";
import { tableLayout } from "@/lib/format/table-layout";
import { isGovData } from "@/lib/format/report-data";
import { cellDisplay, cellValueOf } from "./cell-display";
import { dateLabelOrUnknown } from "./china-date";
import { statDocxTable, statutoryDocxTable } from "./docx-statutory-table";
import {
  FACES,
  SIZES,
  bodyParagraphs,
  headingParagraph,
  plainParagraph,
  run,
  titleParagraph,
} from "./docx-text";
import type { PublicReport } from "./public-report-types";
import { publicReportDocument, type ReportDocument } from "./report-document";
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

/** The state of a report the public cannot see, at the top of every page. */
function markHeader(mark: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run(mark, FACES.heading, SIZES.body, true)],
      }),
    ],
  });
}

/** `keepLast`: the section's last paragraph stays on the page of what follows it (the 落款). */
function sectionBody(doc: ReportDocument, sectionId: string, keepLast: boolean): (Paragraph | Table)[] {
  const format = getFormat(doc.formatId);
  const section = format.sections.find((s) => s.id === sectionId);
  if (!section) return [];
  const data = doc.data;
  if (section.kind === "narrative") {
    const text = (data.narratives as Record<string, string | undefined>)[section.id] ?? "";
    const paragraphs = bodyParagraphs(text, { keepLast });
    return paragraphs.length > 0
      ? paragraphs
      : [plainParagraph("（未填写）", { indent: { firstLine: 640 }, keepNext: keepLast, keepLines: true })];
  }
  if (section.tableId === "STAT") {
    const table = getListTable(format);
    if (!table || isGovData(data)) return [];
    return [statDocxTable(table.columns, data.tables.STAT)];
  }
  const layout = section.tableId ? tableLayout(format, section.tableId) : null;
  if (!layout || !isGovData(data)) return [];
  return [statutoryDocxTable(layout, (c) => cellDisplay(c.cell, cellValueOf(data, c.cell), data.cellText))];
}

/**
 * The closing lines an office seals: organ and date, right-aligned. Each line
 * keeps with the next, so the 落款 never starts a page on its own.
 */
function signature(doc: ReportDocument): Paragraph[] {
  const right = { alignment: AlignmentType.RIGHT, indent: { right: 640 }, keepLines: true } as const;
  const lines = [
    new Paragraph({ keepNext: true, children: [] }),
    plainParagraph(doc.organName, { ...right, keepNext: true }),
    plainParagraph(dateLabelOrUnknown(doc.signedOn), right),
  ];
  if (doc.closingNote) lines.push(plainParagraph(doc.closingNote, { spacing: { before: 240 } }));
  return lines;
}

/**
 * The report as a .docx in the official layout: the statutory title, the six
 * headings, the narratives as written and the tables with the form's merged
 * headers (derived from the same tableLayout as the web page), on A4.
 */
export async function buildReportDocx(report: PublicReport): Promise<Uint8Array> {
  return buildDocumentDocx(publicReportDocument(report), `（第${report.revision}版）`);
}

/** Any report in the official layout, with its mark (草稿（未公开）…) in the header of every page. */
export async function buildDocumentDocx(doc: ReportDocument, describedAs = ""): Promise<Uint8Array> {
  const format = getFormat(doc.formatId);
  const title = reportTitle(doc.organName, doc.year);
  const children: (Paragraph | Table)[] = [titleParagraph(title)];
  const last = format.sections.at(-1);
  for (const section of format.sections) {
    children.push(headingParagraph(section.heading), ...sectionBody(doc, section.id, section === last));
    if (section.kind === "table") children.push(new Paragraph({ keepNext: section === last, children: [] }));
  }
  children.push(...signature(doc));
  const document = new Document({
    title,
    creator: doc.organName,
    description: `${title}${doc.mark ? `（${doc.mark}）` : describedAs}`,
    styles: {
      default: {
        document: {
          run: { size: SIZES.body, font: { ascii: FACES.latin, hAnsi: FACES.latin, eastAsia: FACES.body } },
        },
      },
    },
    sections: [
      {
        properties: { page: PAGE },
        headers: doc.mark ? { default: markHeader(doc.mark) } : undefined,
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer);
}
