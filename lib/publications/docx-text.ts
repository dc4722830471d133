import { AlignmentType, Paragraph, TextRun, type IParagraphOptions } from "docx";

/**
 * Type faces of a government report (GB/T 9704 practice): 仿宋 body, 黑体
 * first-level headings, 宋体 tables. The title face 方正小标宋简体 is missing on
 * most office PCs, which substitute bold 宋体; we name 宋体 directly. Latin
 * digits use Times New Roman. Word, WPS and LibreOffice fall back to their own
 * 仿宋/宋体 equivalents (e.g. Noto Serif CJK) when a face is absent.
 */
export const FACES = {
  body: "仿宋",
  heading: "黑体",
  title: "宋体",
  table: "宋体",
  latin: "Times New Roman",
} as const;

/** Half-points: 二号 22pt, 三号 16pt, 五号 10.5pt, 小五 9pt. */
export const SIZES = { title: 44, body: 32, table: 21, smallTable: 18, footer: 28 } as const;

/** 28pt exact line pitch of the body text, in twips. */
const BODY_LINE = 560;
/** Two characters of 三号 text, the first-line indent of Chinese paragraphs. */
const TWO_CHARACTERS = 640;

export function run(text: string, face: string, size: number, bold = false): TextRun {
  return new TextRun({
    text,
    bold,
    size,
    font: { ascii: FACES.latin, hAnsi: FACES.latin, eastAsia: face, cs: FACES.latin, hint: "eastAsia" },
  });
}

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 480, line: 700, lineRule: "atLeast" },
    children: [run(text, FACES.title, SIZES.title, true)],
  });
}

export function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: TWO_CHARACTERS },
    spacing: { line: BODY_LINE, lineRule: "exact" },
    keepNext: true,
    children: [run(text, FACES.heading, SIZES.body)],
  });
}

/**
 * One paragraph per line of the filer's text: paragraphs are kept, nothing is
 * interpreted. `keepLast` keeps the last paragraph whole and on the page of
 * what follows (the 落款 after the last section).
 */
export function bodyParagraphs(text: string, { keepLast = false } = {}): Paragraph[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.map(
    (line, i) =>
      new Paragraph({
        indent: { firstLine: TWO_CHARACTERS },
        spacing: { line: BODY_LINE, lineRule: "exact" },
        alignment: AlignmentType.JUSTIFIED,
        keepNext: keepLast && i === lines.length - 1,
        keepLines: keepLast && i === lines.length - 1,
        children: [run(line, FACES.body, SIZES.body)],
      }),
  );
}

export function plainParagraph(text: string, options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  return new Paragraph({ ...options, children: [run(text, FACES.body, SIZES.body)] });
}
