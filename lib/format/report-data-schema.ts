import { z } from "@/lib/validation/zod";
import { formatCells, getSection, type CellInfo } from "./cell-index";
import { cellValueProblem, MAX_CELL_VALUE, MAX_NARRATIVE_LENGTH, statValueKind } from "./cell-value-rules";
import type { ReportData } from "./report-data-types";
import type { FormatDef, SectionId } from "./types";

const STAT_MAX_ROWS = 500;
const STAT_MAX_LABEL = 200;
const STAT_MAX_UNIT = 20;
const CELL_TEXT_MAX = 100;

// JSON cannot carry Infinity, but a parsed "1e400" can: call it too large, not "not a number".
const cellNumber = z
  .number({
    error: (issue) =>
      issue.input === Infinity || issue.input === -Infinity
        ? `数值不能超过${MAX_CELL_VALUE}`
        : "请输入数字或留空",
  })
  .nullable();

function headingOf(format: FormatDef, id: SectionId): string {
  return getSection(format, id)?.heading ?? id;
}

function narrative(format: FormatDef, id: SectionId) {
  const heading = headingOf(format, id);
  return z
    .string({ error: `“${heading}”应为文字` })
    .max(MAX_NARRATIVE_LENGTH, `“${heading}”不能超过${MAX_NARRATIVE_LENGTH}字`);
}

type Ctx = z.core.$RefinementCtx<unknown>;

function checkCells(
  cells: readonly CellInfo[],
  read: (cell: CellInfo) => unknown,
  ctx: Ctx,
  flat: boolean,
): void {
  for (const cell of cells) {
    const problem = cellValueProblem(cell.kind, read(cell));
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message: `${cell.label}：${problem}`,
        path: flat ? [cell.column] : [cell.row, cell.column],
      });
    }
  }
}

function rowsSchema(format: FormatDef, cells: readonly CellInfo[], lengths: readonly number[]) {
  const heading = headingOf(format, cells[0]?.sectionId ?? "s2");
  return z.array(z.array(cellNumber)).superRefine((rows, ctx) => {
    if (rows.length !== lengths.length) {
      ctx.addIssue({
        code: "custom",
        message: `“${heading}”表格应有${lengths.length}行，实际为${rows.length}行`,
      });
    }
    rows.forEach((row, i) => {
      const expected = lengths[i];
      if (expected !== undefined && row.length !== expected) {
        ctx.addIssue({
          code: "custom",
          message: `“${heading}”表格第${i + 1}行应有${expected}个数值，实际为${row.length}个`,
          path: [i],
        });
      }
    });
    checkCells(cells, (cell) => rows[cell.row]?.[cell.column], ctx, false);
  });
}

function flatSchema(format: FormatDef, cells: readonly CellInfo[]) {
  const heading = headingOf(format, cells[0]?.sectionId ?? "s4");
  return z.array(cellNumber).superRefine((values, ctx) => {
    if (values.length !== cells.length) {
      ctx.addIssue({
        code: "custom",
        message: `“${heading}”表格应有${cells.length}个数值，实际为${values.length}个`,
      });
    }
    checkCells(cells, (cell) => values[cell.column], ctx, true);
  });
}

function govSchema(format: FormatDef) {
  const { byTable, byId, rowLengths } = formatCells(format);
  return z.object({
    narratives: z.object({
      s1: narrative(format, "s1"),
      s5: narrative(format, "s5"),
      s6: narrative(format, "s6"),
    }),
    tables: z.object({
      T2: rowsSchema(format, byTable.T2, rowLengths.T2),
      T3: rowsSchema(format, byTable.T3, rowLengths.T3),
      T4: flatSchema(format, byTable.T4),
    }),
    cellText: z
      .record(z.string(), z.string().max(CELL_TEXT_MAX, `单元格原文不能超过${CELL_TEXT_MAX}字`))
      .superRefine((texts, ctx) => {
        for (const id of Object.keys(texts)) {
          if (!byId.has(id)) ctx.addIssue({ code: "custom", message: `未知的单元格：${id}`, path: [id] });
        }
      })
      .optional(),
  });
}

function statSchema(format: FormatDef) {
  const row = z
    .object({
      label: z.string().min(1, "统计指标不能为空").max(STAT_MAX_LABEL, `统计指标不能超过${STAT_MAX_LABEL}字`),
      unit: z.string().max(STAT_MAX_UNIT, `单位不能超过${STAT_MAX_UNIT}字`),
      value: cellNumber,
    })
    .superRefine((statRow, ctx) => {
      const problem = cellValueProblem(statValueKind(statRow.unit), statRow.value);
      if (problem) ctx.addIssue({ code: "custom", message: `${statRow.label}：${problem}`, path: ["value"] });
    });
  return z.object({
    narratives: z.object({ s1: narrative(format, "s1") }),
    tables: z.object({ STAT: z.array(row).max(STAT_MAX_ROWS, `统计表不能超过${STAT_MAX_ROWS}行`) }),
  });
}

const schemaCache = new WeakMap<FormatDef, z.ZodType<ReportData>>();

/** Validates stored data for `format`; table sizes, cell kinds and headings all come from the definition. */
export function reportDataSchema(format: FormatDef): z.ZodType<ReportData> {
  let schema = schemaCache.get(format);
  if (!schema) {
    const isList = format.tables.some((table) => table.layout === "list");
    schema = isList ? statSchema(format) : govSchema(format);
    schemaCache.set(format, schema);
  }
  return schema;
}
