import { parseCellInput } from "@/lib/format/parse-cell-input";
import type { CellKind, CellValue } from "@/lib/format/types";
import type { RowCells } from "./read-row-values";
import type { ImportIssue } from "./types";
import { isBlankMarker, isRunTogether, isSplitNumber } from "./value-text";

/** One cell a row's values go into, in column order. */
export interface CellSpec {
  id: string;
  kind: CellKind;
  /** For messages, e.g. "（三）不予公开 1.属于国家秘密·商业企业". */
  label: string;
}

export interface RowValues {
  values: CellValue[];
  /** What the filer wrote for amounts given with a unit, by cell id. */
  cellText: Record<string, string>;
  issues: ImportIssue[];
}

function blankRow(specs: readonly CellSpec[]): CellValue[] {
  return specs.map(() => null);
}

function parseCells(cells: readonly string[], specs: readonly CellSpec[]): RowValues {
  const out: RowValues = { values: [], cellText: {}, issues: [] };
  specs.forEach((spec, i) => {
    const text = (cells[i] ?? "").trim();
    if (text === "" || isBlankMarker(text)) {
      out.values.push(null);
      return;
    }
    const parsed = isSplitNumber(text)
      ? { ok: false as const, message: "数字中间有空格或换行" }
      : isRunTogether(text)
        ? { ok: false as const, message: "以0开头的多位数，可能是相邻的几个单元格连在了一起" }
        : parseCellInput(text, spec.kind);
    if (parsed.ok) {
      out.values.push(parsed.value);
      if (parsed.unitText) out.cellText[spec.id] = parsed.unitText;
      return;
    }
    out.values.push(null);
    out.issues.push({
      kind: "unreadable-cell",
      cells: [spec.id],
      raw: text,
      message: `“${spec.label}”原文“${text}”无法读取（${parsed.message}），已按空白导入`,
    });
  });
  return out;
}

/**
 * Cell values for one row. What cannot be placed or read stays blank (null)
 * with an issue quoting the source, so V-01 and the admin see it.
 */
export function rowToValues(
  row: RowCells,
  specs: readonly CellSpec[],
  rowLabel: string,
  raw: string,
): RowValues {
  const ids = specs.map((spec) => spec.id);
  if (row.kind === "extra") {
    return {
      values: blankRow(specs),
      cellText: {},
      issues: [
        {
          kind: "extra-values",
          cells: ids,
          raw,
          message: `“${rowLabel}”一行有${row.cells.filter((c) => c !== "").length}个数值，多于${specs.length}栏，无法确定对应关系，已按空白导入`,
        },
      ],
    };
  }
  if (row.kind === "unplaced") {
    const message =
      row.values.length === 0
        ? `“${rowLabel}”一行未读到可以识别的数值，已按空白导入，请核对原文`
        : `“${rowLabel}”一行只读到${row.values.length}个数值（应有${specs.length}个），无法确定各属哪一栏，已按空白导入`;
    return {
      values: blankRow(specs),
      cellText: {},
      issues: [{ kind: "row-misaligned", cells: ids, raw, message }],
    };
  }
  const parsed = parseCells(row.cells, specs);
  if (row.doubt) {
    const blankSpecs = specs.filter((_, i) => parsed.values[i] === null);
    const blanks = blankSpecs.map((spec) => spec.id);
    parsed.issues.unshift({
      kind: "row-misaligned",
      cells: blanks.length > 0 ? blanks : ids,
      raw,
      message:
        row.doubt === "short"
          ? `“${rowLabel}”一行的单元格少于${specs.length}栏，已按从左到右的位置读取，缺少的按空白导入，请核对原文`
          : `“${rowLabel}”一行只有${specs.length - blanks.length}个数值（应有${specs.length}个），已按标签后的位置读取，空白的是：${blankSpecs.map((spec) => spec.label).join("、")}，请核对原文`,
    });
  }
  return parsed;
}
