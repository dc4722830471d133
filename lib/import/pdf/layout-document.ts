import { buildParagraphs, type PageFlow } from "./build-paragraphs";
import { findGrids, type Grid } from "./find-grids";
import { findGapTables } from "./gap-tables";
import type { LayoutBlock, PageContent } from "./geometry";
import { gridTable, insideGrid } from "./grid-table";
import { joinSplitTables } from "./join-tables";
import { dropPageFurniture } from "./page-furniture";
import { groupLines } from "./text-lines";
import { dropWatermarks } from "./watermarks";

/** A ruled area of one cell (a frame around the page or a text box) is not a table. */
function isTable(grid: Grid): boolean {
  return grid.xs.length > 2 || grid.ys.length > 2;
}

/**
 * Pages read as text with positions to paragraphs and tables: a watermark on
 * every page set aside, ruled tables from their border lines, then page
 * furniture dropped, borderless tables from the gaps between columns, lines
 * joined into paragraphs, and tables split by a page break joined.
 */
export function layoutDocument(pages: readonly PageContent[]): { blocks: LayoutBlock[]; marks: string[] } {
  const { pages: content, marks } = dropWatermarks(pages);
  const ruled = content.map((page) => {
    const grids = findGrids(page.segments).filter(isTable);
    const free = page.runs.filter((run) => !grids.some((grid) => insideGrid(grid, run)));
    return {
      page,
      tables: grids.map((grid) => gridTable(grid, page.runs, page.page)),
      lines: groupLines(free),
    };
  });
  const kept = dropPageFurniture(ruled.map((p) => ({ height: p.page.height, lines: p.lines })));
  const flows: PageFlow[] = ruled.map((p, i) => {
    const gaps = findGapTables(kept[i] ?? [], p.page.page);
    return {
      page: p.page.page,
      width: p.page.width,
      lines: gaps.rest,
      tables: [...p.tables, ...gaps.tables],
    };
  });
  return { blocks: joinSplitTables(buildParagraphs(flows)), marks };
}
