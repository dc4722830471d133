import { makeCellId } from "./cell-id";
import { collectLeaves, displayLabel, type HeaderLeaf } from "./header-tree";
import type {
  BlockTable,
  CellKind,
  FormatDef,
  GridTable,
  ListTable,
  SectionDef,
  SectionId,
  TableDef,
} from "./types";

export type ValueTableId = "T2" | "T3" | "T4";

/** Everything derived about one input cell of a format. */
export interface CellInfo {
  id: string;
  tableId: ValueTableId;
  sectionId: SectionId;
  /** Position in the stored arrays: tables.T2/T3[row][column]; T4 has row 0 and is stored flat. */
  row: number;
  column: number;
  rowKey: string | null;
  columnKey: string;
  kind: CellKind;
  /** Name of the input for assistive technology, e.g. "1.属于国家秘密 商业企业". */
  accessibleName: string;
  /** Short label for findings, e.g. "（三）不予公开 1.属于国家秘密·商业企业". */
  label: string;
  /** Row part of `label` (null for T4), e.g. "（三）不予公开 1.属于国家秘密". */
  rowLabel: string | null;
  /** Most specific column label, e.g. "商业企业", "结果维持". */
  columnLabel: string;
}

export interface FormatCells {
  /** All cells in section, row, column order: the order findings list them in. */
  all: readonly CellInfo[];
  byId: ReadonlyMap<string, CellInfo>;
  byTable: Readonly<Record<ValueTableId, readonly CellInfo[]>>;
  /** Number of values in each stored row of T2/T3 (T4 is one row of 15); empty for absent tables. */
  rowLengths: Readonly<Record<ValueTableId, readonly number[]>>;
}

export function getSection(format: FormatDef, id: SectionId): SectionDef | undefined {
  return format.sections.find((section) => section.id === id);
}

function getTable(format: FormatDef, id: TableDef["id"]): TableDef | undefined {
  return format.tables.find((table) => table.id === id);
}

export function getGridTable(format: FormatDef, id: "T3" | "T4"): GridTable | undefined {
  const table = getTable(format, id);
  return table?.layout === "grid" ? table : undefined;
}

export function getBlockTable(format: FormatDef): BlockTable | undefined {
  const table = getTable(format, "T2");
  return table?.layout === "blocks" ? table : undefined;
}

/** stat-2014's (统计指标, 单位, 统计数) list; undefined for the gov formats. */
export function getListTable(format: FormatDef): ListTable | undefined {
  const table = getTable(format, "STAT");
  return table?.layout === "list" ? table : undefined;
}

const leafCache = new WeakMap<GridTable, { rows: HeaderLeaf[]; columns: HeaderLeaf[] }>();

/** Leaf rows and columns of a grid with their label paths, computed once per table. */
export function gridLeaves(table: GridTable): { rows: HeaderLeaf[]; columns: HeaderLeaf[] } {
  let leaves = leafCache.get(table);
  if (!leaves) {
    leaves = { rows: collectLeaves(table.rows), columns: collectLeaves(table.columns) };
    leafCache.set(table, leaves);
  }
  return leaves;
}

function sectionOf(format: FormatDef, tableId: ValueTableId): SectionId {
  return format.sections.find((section) => section.tableId === tableId)?.id ?? "s2";
}

function blockCells(format: FormatDef, table: BlockTable): CellInfo[] {
  const cells: CellInfo[] = [];
  const sectionId = sectionOf(format, table.id);
  let row = 0;
  for (const block of table.blocks) {
    for (const blockRow of block.rows) {
      block.columns.forEach((column, index) => {
        cells.push({
          id: makeCellId(table.id, blockRow.key, column.key),
          tableId: table.id,
          sectionId,
          row,
          column: index,
          rowKey: blockRow.key,
          columnKey: column.key,
          kind: column.kind,
          accessibleName: `${blockRow.label} ${column.label}`,
          label: `${blockRow.label}·${column.label}`,
          rowLabel: blockRow.label,
          columnLabel: column.label,
        });
      });
      row += 1;
    }
  }
  return cells;
}

function gridCells(format: FormatDef, table: GridTable): CellInfo[] {
  const { rows, columns } = gridLeaves(table);
  const sectionId = sectionOf(format, table.id);
  // A row-less grid (T4) names a cell by its column path; "总计" alone would be ambiguous.
  const rowList: (HeaderLeaf | null)[] = table.singleRow ? [null] : rows;
  return rowList.flatMap((row, rowIndex) =>
    columns.map((column, columnIndex) => {
      const columnName = row ? column.label : column.path.slice(-2).join(" ");
      return {
        id: makeCellId(table.id, row ? row.key : null, column.key),
        tableId: table.id,
        sectionId,
        row: rowIndex,
        column: columnIndex,
        rowKey: row ? row.key : null,
        columnKey: column.key,
        kind: table.kind,
        accessibleName: row ? `${row.label} ${columnName}` : columnName,
        label: row ? `${displayLabel(row)}·${columnName}` : column.path.slice(-2).join("·"),
        rowLabel: row ? displayLabel(row) : null,
        columnLabel: column.label,
      };
    }),
  );
}

const cellsCache = new WeakMap<FormatDef, FormatCells>();

/** The input cells of a format (none for stat-2014), computed once per format. */
export function formatCells(format: FormatDef): FormatCells {
  const cached = cellsCache.get(format);
  if (cached) return cached;
  const byTable: Record<ValueTableId, CellInfo[]> = { T2: [], T3: [], T4: [] };
  for (const table of format.tables) {
    if (table.layout === "blocks") byTable.T2 = blockCells(format, table);
    if (table.layout === "grid") byTable[table.id] = gridCells(format, table);
  }
  const all = [...byTable.T2, ...byTable.T3, ...byTable.T4];
  const rowLengths: Record<ValueTableId, number[]> = { T2: [], T3: [], T4: [] };
  for (const cell of all) {
    const lengths = rowLengths[cell.tableId];
    lengths[cell.row] = (lengths[cell.row] ?? 0) + 1;
  }
  const result: FormatCells = { all, byId: new Map(all.map((cell) => [cell.id, cell])), byTable, rowLengths };
  cellsCache.set(format, result);
  return result;
}
