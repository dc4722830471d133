// One import path for everything derived from a format's tables.
export { makeCellId, splitCellId, type CellIdParts } from "./cell-id";
export {
  formatCells,
  getBlockTable,
  getGridTable,
  getSection,
  getTable,
  gridLeaves,
  type CellInfo,
  type FormatCells,
  type ValueTableId,
} from "./cell-index";
export { collectLeaves, displayLabel, type HeaderLeaf } from "./header-tree";
export {
  tableLayout,
  type CornerCellLayout,
  type HeaderCellLayout,
  type HeaderScope,
  type LayoutCell,
  type LayoutRow,
  type TableLayout,
  type ValueCellLayout,
} from "./table-layout";
