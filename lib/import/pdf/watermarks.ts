import type { PageContent, TextRun } from "./geometry";

/** Positions this close (points) are the same place on the page. */
const SAME_PLACE = 1;

function samePlace(a: TextRun, b: TextRun): boolean {
  return (
    a.text === b.text &&
    Math.abs(a.x0 - b.x0) <= SAME_PLACE &&
    Math.abs(a.top - b.top) <= SAME_PLACE &&
    Math.abs(a.size - b.size) <= SAME_PLACE
  );
}

/** Running heads and page-number footers ("第 页") repeat in the margins: furniture, not worth naming. */
const MARGIN = 0.1;

function inBody(run: TextRun, height: number): boolean {
  return run.top > height * MARGIN && run.top < height * (1 - MARGIN);
}

/**
 * Pages without the text every page carries at the very same place: a
 * watermark or stamp (草稿（未公开） across a working copy printed from the
 * browser), laid over the body and over tables, where its glyphs would land
 * in a cell. Content never repeats at one spot on every page; a document of
 * one page has nothing to compare and keeps its text.
 */
/** `marks`: the repeated text in the body of the page (a watermark), for the import to name. */
export function dropWatermarks(pages: readonly PageContent[]): { pages: PageContent[]; marks: string[] } {
  const [first, ...rest] = pages;
  if (!first || rest.length === 0) return { pages: [...pages], marks: [] };
  const marks = first.runs.filter((run) =>
    rest.every((page) => page.runs.some((other) => samePlace(run, other))),
  );
  if (marks.length === 0) return { pages: [...pages], marks: [] };
  return {
    pages: pages.map((page) => ({
      ...page,
      runs: page.runs.filter((run) => !marks.some((mark) => samePlace(mark, run))),
    })),
    marks: marks
      .filter((mark) => inBody(mark, first.height))
      .map((mark) => mark.text.trim())
      .filter((text) => text !== ""),
  };
}
