import { formatCells, getSection, type CellInfo, type ValueTableId } from "../format/cells";
import { readCell } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import { GOV_FORMATS, type Check, type Finding } from "./types";

/** How many blank cells a message names before it says 等. */
const LISTED_BLANKS = 5;

const TABLES: readonly ValueTableId[] = ["T2", "T3", "T4"];

/**
 * V-01: one finding per table listing every blank cell a person can type, so
 * the filer sees the count at once. A total is computed from its terms: it is
 * blank only because a term is (already listed), unless every term is filled
 * (an imported report with a blank total). Cells the filer typed something
 * unreadable into have their own message (context.unparsedCells).
 */
export const blankCellsCheck: Check = {
  id: "V-01",
  severity: "error",
  description: "表格中有空白单元格（空白、“-”、“/”不等于0，没有的应填0）",
  formats: GOV_FORMATS,
  run(format, data, context) {
    if (!isGovData(data)) return [];
    const { byTable, byId } = formatCells(format);
    const isBlank = (cell: CellInfo) => {
      const value = readCell(data, cell);
      return value === null || value === undefined;
    };
    const termsOf = new Map(format.sums.map((rule) => [rule.target, rule.terms]));
    const unparsed = context.unparsedCells;
    return TABLES.flatMap((tableId): Finding[] => {
      const blanks = byTable[tableId].filter((cell) => {
        if (!isBlank(cell) || unparsed?.has(cell.id)) return false;
        const terms = termsOf.get(cell.id);
        return !terms || terms.every((id) => !isBlank(byId.get(id)!));
      });
      const first = blanks[0];
      if (!first) return [];
      const heading = getSection(format, first.sectionId)?.heading ?? tableId;
      const named = blanks
        .slice(0, LISTED_BLANKS)
        .map((cell) => cell.label)
        .join("、");
      const more = blanks.length > LISTED_BLANKS ? "等" : "";
      return [
        {
          id: "V-01",
          severity: "error",
          cells: blanks.map((cell) => cell.id),
          message: `“${heading}”表格有${blanks.length}个空白单元格：${named}${more}。没有的请填写0（空白、“-”、“/”不等于0）`,
        },
      ];
    });
  },
};
