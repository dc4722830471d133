import { getFormat } from "@/lib/format";
import { formatCells, getBlockTable, getGridTable, gridLeaves } from "@/lib/format/cells";
import type { CellValue, FormatDef } from "@/lib/format/types";
import type { ReportJson } from "./report-json";

function valueText(value: CellValue | undefined, text: string | undefined): string {
  if (text !== undefined) return text;
  return value === null || value === undefined ? "" : String(value);
}

function tabRow(cells: readonly string[]): string {
  return cells.join("\t");
}

function govTables(format: FormatDef, json: ReportJson): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!("T3" in json.tables)) return out;
  const { T2, T3, T4 } = json.tables;
  const { byTable } = formatCells(format);
  const text = (id: string, value: CellValue | undefined) => valueText(value, json.cellText[id]);

  const t2: string[] = [];
  const blocks = getBlockTable(format)?.blocks ?? [];
  let row = 0;
  for (const block of blocks) {
    t2.push(block.title, tabRow([block.rowHeader, ...block.columns.map((c) => c.label)]));
    for (const blockRow of block.rows) {
      const cells = byTable.T2.filter((cell) => cell.row === row);
      t2.push(tabRow([blockRow.label, ...cells.map((cell) => text(cell.id, T2[row]?.[cell.column]))]));
      row += 1;
    }
  }
  out.set("T2", t2);

  const t3Table = getGridTable(format, "T3");
  if (t3Table) {
    const { rows, columns } = gridLeaves(t3Table);
    const t3 = [tabRow([t3Table.corner ?? "", ...columns.map((c) => c.label)])];
    rows.forEach((leaf, r) => {
      const cells = byTable.T3.filter((cell) => cell.row === r);
      t3.push(tabRow([...leaf.path, ...cells.map((cell) => text(cell.id, T3[r]?.[cell.column]))]));
    });
    out.set("T3", t3);
  }

  const t4Table = getGridTable(format, "T4");
  if (t4Table) {
    const { columns } = gridLeaves(t4Table);
    out.set("T4", [
      tabRow(columns.map((c) => c.path.join(""))),
      tabRow(byTable.T4.map((cell) => text(cell.id, T4[cell.column]))),
    ]);
  }
  return out;
}

/**
 * A report as plain tab-separated text in the official layout: the title,
 * the six headings, narratives as paragraphs, each table row as its labels
 * and values. Importing the text gives the same data back, whatever renders
 * the report, which is what the round-trip test holds the importer to.
 */
export function serializeReportText(json: ReportJson): string {
  const format = getFormat(json.format);
  const lines = [`${json.organ ?? ""}${json.year}年政府信息公开工作年度报告`];
  if ("STAT" in json.tables) {
    lines.push(json.sections.s1);
    lines.push(tabRow([...(format.tables[0]?.layout === "list" ? format.tables[0].columns : [])]));
    for (const row of json.tables.STAT)
      lines.push(tabRow([row.label, row.unit, valueText(row.value, undefined)]));
    return `${lines.join("\n")}\n`;
  }
  const tables = govTables(format, json);
  for (const section of format.sections) {
    lines.push(section.heading);
    if (section.kind === "table") lines.push(...(tables.get(section.tableId ?? "") ?? []));
    else lines.push(json.sections[section.id]);
  }
  return `${lines.join("\n")}\n`;
}
