import { formatCells, getBlockTable, getGridTable, type CellInfo, type ValueTableId } from "./cell-index";
import { makeCellId } from "./cell-id";
import { countLeaves, treeDepth } from "./header-tree";
import type { BlockTable, FormatDef, GridTable, HeaderNode } from "./types";

type HeaderScope = "col" | "colgroup" | "row" | "rowgroup";

/** A `<th>`. Ids are unique within one table; prefix them when one page shows a table twice. */
export interface HeaderCellLayout {
  type: "header";
  id: string;
  label: string;
  rowspan: number;
  colspan: number;
  scope: HeaderScope;
}

/** The top-left cell of a grid: a note about the columns, not a header of any cell (render as `<td>`). */
interface CornerCellLayout {
  type: "corner";
  id: string;
  label: string;
  rowspan: number;
  colspan: number;
}

/** A `<td>` holding one input; `headers` is its `headers="…"` attribute, outermost first. */
export interface ValueCellLayout {
  type: "value";
  cell: CellInfo;
  colspan: number;
  headers: string[];
}

export type LayoutCell = HeaderCellLayout | CornerCellLayout | ValueCellLayout;

export interface LayoutRow {
  key: string;
  cells: LayoutCell[];
}

/** Rows for `<thead>` and one `<tbody>` per body (a grid has one, T2 one per block). */
export interface TableLayout {
  tableId: ValueTableId;
  columnCount: number;
  head: LayoutRow[];
  bodies: LayoutRow[][];
}

interface LeafChain {
  /** Nodes from the root down to the leaf. */
  chain: HeaderNode[];
  /** Child index at each level, which also names group headers. */
  indexPath: number[];
}

function walkLeaves(
  nodes: readonly HeaderNode[],
  chain: HeaderNode[] = [],
  indexPath: number[] = [],
): LeafChain[] {
  return nodes.flatMap((node, i) =>
    node.children && node.children.length > 0
      ? walkLeaves(node.children, [...chain, node], [...indexPath, i])
      : [{ chain: [...chain, node], indexPath: [...indexPath, i] }],
  );
}

function headerId(tableId: string, node: HeaderNode, group: "cg" | "rg", indexPath: number[]): string {
  return node.key ? `${tableId}-h-${node.key}` : `${tableId}-h-${group}-${indexPath.join("-")}`;
}

function gridHead(table: GridTable, rowDepth: number): LayoutRow[] {
  const depth = treeDepth(table.columns);
  const head: HeaderCellLayout[][] = Array.from({ length: depth }, () => []);
  const place = (nodes: readonly HeaderNode[], level: number, indexPath: number[]): void => {
    nodes.forEach((node, i) => {
      const path = [...indexPath, i];
      const isGroup = Boolean(node.children && node.children.length > 0);
      head[level]?.push({
        type: "header",
        id: headerId(table.id, node, "cg", path),
        label: node.label,
        rowspan: isGroup ? 1 : depth - level,
        colspan: countLeaves(node),
        scope: isGroup ? "colgroup" : "col",
      });
      if (isGroup) place(node.children ?? [], level + 1, path);
    });
  };
  place(table.columns, 0, []);
  const rows: LayoutRow[] = head.map((cells, i) => ({ key: `head-${i}`, cells }));
  if (rowDepth > 0 && rows[0]) {
    const corner: CornerCellLayout = {
      type: "corner",
      id: `${table.id}-h-corner`,
      label: table.corner ?? "",
      rowspan: depth,
      colspan: rowDepth,
    };
    rows[0].cells.unshift(corner);
  }
  return rows;
}

function gridLayout(format: FormatDef, table: GridTable): TableLayout {
  const rowDepth = table.singleRow ? 0 : treeDepth(table.rows);
  const columnIds = walkLeaves(table.columns).map(({ chain, indexPath }) =>
    chain.map((node, level) => headerId(table.id, node, "cg", indexPath.slice(0, level + 1))),
  );
  const cells = formatCells(format).byTable[table.id];
  const rowChains: (LeafChain | null)[] = table.singleRow ? [null] : walkLeaves(table.rows);
  const body = rowChains.map((leaf, rowIndex): LayoutRow => {
    const headers: HeaderCellLayout[] = [];
    const rowIds: string[] = [];
    leaf?.chain.forEach((node, level) => {
      const id = headerId(table.id, node, "rg", leaf.indexPath.slice(0, level + 1));
      rowIds.push(id);
      const isLeaf = level === leaf.chain.length - 1;
      // A group's header sits in the row of its first leaf and spans the rest.
      const startsHere = leaf.indexPath.slice(level + 1).every((i) => i === 0);
      if (!startsHere) return;
      headers.push({
        type: "header",
        id,
        label: node.label,
        rowspan: isLeaf ? 1 : countLeaves(node),
        colspan: isLeaf ? rowDepth - level : 1,
        scope: isLeaf ? "row" : "rowgroup",
      });
    });
    const values = columnIds.map((ids, columnIndex): ValueCellLayout => {
      const cell = cells[rowIndex * columnIds.length + columnIndex];
      if (!cell) throw new Error(`表格${table.id}缺少单元格`);
      return { type: "value", cell, colspan: 1, headers: [...rowIds, ...ids] };
    });
    return { key: cells[rowIndex * columnIds.length]?.rowKey ?? "row", cells: [...headers, ...values] };
  });
  return {
    tableId: table.id,
    columnCount: rowDepth + columnIds.length,
    head: gridHead(table, rowDepth),
    bodies: [body],
  };
}

function blockLayout(format: FormatDef, table: BlockTable): TableLayout {
  const byId = formatCells(format).byId;
  const bodies = table.blocks.map((block, b): LayoutRow[] => {
    const titleId = `${table.id}-h-b${b}`;
    // The last column absorbs the width the block does not use, as on the printed form.
    const spanOf = (i: number): number => (i === block.columns.length - 1 ? table.width - i : 1);
    const title: LayoutRow = {
      key: `b${b}-title`,
      cells: [
        {
          type: "header",
          id: titleId,
          label: block.title,
          rowspan: 1,
          colspan: 1 + table.width,
          scope: "rowgroup",
        },
      ],
    };
    const columnRow: LayoutRow = {
      key: `b${b}-columns`,
      cells: [
        {
          type: "header",
          id: `${titleId}-label`,
          label: block.rowHeader,
          rowspan: 1,
          colspan: 1,
          scope: "col",
        },
        ...block.columns.map((column, i): HeaderCellLayout => ({
          type: "header",
          id: `${titleId}-${column.key}`,
          label: column.label,
          rowspan: 1,
          colspan: spanOf(i),
          scope: "col",
        })),
      ],
    };
    const dataRows = block.rows.map((row): LayoutRow => {
      const rowId = `${table.id}-h-${row.key}`;
      return {
        key: row.key,
        cells: [
          { type: "header", id: rowId, label: row.label, rowspan: 1, colspan: 1, scope: "row" },
          ...block.columns.map((column, i): ValueCellLayout => {
            const cell = byId.get(makeCellId(table.id, row.key, column.key));
            if (!cell) throw new Error(`表格${table.id}缺少单元格`);
            return {
              type: "value",
              cell,
              colspan: spanOf(i),
              headers: [titleId, rowId, `${titleId}-${column.key}`],
            };
          }),
        ],
      };
    });
    return [title, columnRow, ...dataRows];
  });
  return { tableId: table.id, columnCount: 1 + table.width, head: [], bodies };
}

const layoutCache = new WeakMap<FormatDef, Map<ValueTableId, TableLayout | null>>();

/** Rendering layout of T2, T3 or T4, derived from the definition and computed once; null if the format lacks the table. */
export function tableLayout(format: FormatDef, tableId: ValueTableId): TableLayout | null {
  let perFormat = layoutCache.get(format);
  if (!perFormat) {
    perFormat = new Map();
    layoutCache.set(format, perFormat);
  }
  const cached = perFormat.get(tableId);
  if (cached !== undefined) return cached;
  let layout: TableLayout | null = null;
  if (tableId === "T2") {
    const table = getBlockTable(format);
    layout = table ? blockLayout(format, table) : null;
  } else {
    const table = getGridTable(format, tableId);
    layout = table ? gridLayout(format, table) : null;
  }
  perFormat.set(tableId, layout);
  return layout;
}
