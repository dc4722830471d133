// One import path for everything derived from a format's tables.
export { makeCellId } from "./cell-id";
export {
  formatCells,
  getBlockTable,
  getListTable,
  getGridTable,
  getSection,
  gridLeaves,
  type CellInfo,
  type ValueTableId,
} from "./cell-index";
export {
  tableLayout,
  type LayoutCell,
  type LayoutRow,
  type TableLayout,
  type ValueCellLayout,
} from "./table-layout";
