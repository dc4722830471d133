import { getFormat } from "../format";
import { formatCells, type CellInfo } from "../format/cells";
import { numberReader } from "../format/cell-access";
import { isGovData } from "../format/report-data";
import type { FormatId } from "../format/types";
import type { CheckContext } from "./types";

/**
 * Reader for the previous year's approved report, when it is the year just
 * before and filed in one of `formats`; null otherwise (cross-year checks skip).
 */
export function previousYearReader(
  context: CheckContext,
  formats: readonly FormatId[],
): {
  year: number;
  value: (cellId: string) => number | null;
  cell: (cellId: string) => CellInfo | undefined;
} | null {
  const last = context.lastYear;
  if (!last || last.year !== context.year - 1 || !formats.includes(last.formatId)) return null;
  const data = last.data;
  if (!isGovData(data)) return null;
  const format = getFormat(last.formatId);
  const { byId } = formatCells(format);
  return {
    year: last.year,
    cell: (cellId) => byId.get(cellId),
    value: numberReader(format, data),
  };
}
