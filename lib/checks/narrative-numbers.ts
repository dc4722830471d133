import { formatCells, getSection, makeCellId } from "../format/cells";
import { T3_ROW, T3_TOTAL_COLUMN } from "../format/gov-tables";
import { numberReader } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import { compact, narrativeText } from "./narrative-text";
import { GOV_FORMATS, type Check, type Finding } from "./types";

interface Statement {
  /** How the message quotes the statement. */
  wording: string;
  rowKey: string;
  /** Every figure the text states for it. */
  find(text: string): number[];
}

// Only figures stated outright count: Arabic digits directly followed by 件
// ("240余件" is an estimate), in a phrase that is clearly about 公开申请.
const RECEIVED = /(?:收到|新收|受理)([^，。；、,;:：！？!?\d]{0,16}?)(\d+)件/g;
const NONE_RECEIVED = /(?:未|没有)(?:收到|受理)过?([^，。；、,;:：！？!?\d]{0,12})/g;

function aboutApplications(phrase: string): boolean {
  return phrase.includes("申请") && phrase.includes("公开");
}

// "予以公开及部分公开208件" states one figure for two rows together: it is neither row's.
const JOINED = /[及和与、或]$/;

function figuresAfter(text: string, phrase: string): number[] {
  const figures: number[] = [];
  for (const match of text.matchAll(new RegExp(`${phrase}(\\d+)件`, "g"))) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 2), match.index);
    // 主动予以公开 is about proactive disclosure, not applications.
    if (before.endsWith("主动") || JOINED.test(before)) continue;
    figures.push(Number(match[1]));
  }
  return figures;
}

const STATEMENTS: readonly Statement[] = [
  {
    wording: "收到政府信息公开申请",
    rowKey: T3_ROW.received,
    find(text) {
      const stated = Array.from(text.matchAll(RECEIVED))
        .filter((match) => aboutApplications(match[1] ?? ""))
        .map((match) => Number(match[2]));
      const none = Array.from(text.matchAll(NONE_RECEIVED)).some((match) =>
        aboutApplications(match[1] ?? ""),
      );
      return none ? [...stated, 0] : stated;
    },
  },
  { wording: "予以公开", rowKey: T3_ROW.granted, find: (text) => figuresAfter(text, "予以公开") },
  { wording: "部分公开", rowKey: T3_ROW.partlyGranted, find: (text) => figuresAfter(text, "部分公开") },
];

/** T3-08: figures stated in 一、总体情况 must match T3's 总计 column (E12). */
export const narrativeNumbersCheck: Check = {
  id: "T3-08",
  severity: "warning",
  description: "“总体情况”中写明的申请数、予以公开数、部分公开数与申请情况表不一致",
  formats: GOV_FORMATS,
  run(format, data) {
    const section = getSection(format, "s1");
    if (!section || !isGovData(data)) return [];
    const text = compact(narrativeText(data, "s1"));
    const value = numberReader(format, data);
    return STATEMENTS.flatMap((statement): Finding[] => {
      const cellId = makeCellId("T3", statement.rowKey, T3_TOTAL_COLUMN);
      const table = value(cellId);
      if (table === null) return [];
      const rowLabel = formatCells(format).byId.get(cellId)?.rowLabel ?? "";
      const differing = [...new Set(statement.find(text))].filter((figure) => figure !== table);
      return differing.map((figure) => ({
        id: "T3-08",
        severity: "warning",
        cells: ["s1", cellId],
        reported: figure,
        computed: table,
        message: `“${section.heading}”中写明${statement.wording}${figure}件，与表格“${rowLabel}”总计（${table}）不一致，请核对`,
      }));
    });
  },
};
