import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatCells, type CellInfo } from "@/lib/format/cells";
import { parseCellInput } from "@/lib/format/parse-cell-input";
import { isGovData } from "@/lib/format/report-data";
import type { CellValue } from "@/lib/format/types";
import { checkImportedReport } from "./check-imported-report";
import { importHtml } from "./import-html";
import { importText } from "./import-report";
import type { ImportedReport } from "./types";

/**
 * Shared by the tests that hold real published reports against hand
 * transcriptions (tests/fixtures/corpus, tests/fixtures/real; the schema is
 * in the corpus README). Files whose cells are separated must read exactly;
 * files whose capture glued the cells together are held to precision: every
 * value returned equals the transcription, and every cell not read is named
 * by an import issue or, when blank in the source, by V-01.
 */

export interface Entry {
  file: string;
  organ: string;
  year: number;
  format: "gov-2021" | "gov-2019";
  cells: "glued" | "separated";
  T2: (number | string | null)[];
  T3: (number | null)[][];
  T4: (number | null)[];
  must: string[];
  uncertain: string[];
}

/** Checks that only compare cells; on a glued file they can fire only when the cells were read. */
const ARITHMETIC = /^(T3-0[123]|T4-0[123])$/;

interface ExpectedCell {
  cell: CellInfo;
  expected: CellValue;
  got: CellValue;
  uncertain: boolean;
}

/** A transcribed cell as a stored value (采购总金额 is transcribed as printed, e.g. "75394432.52元"). */
function expectedValue(cell: CellInfo, value: number | string | null): CellValue {
  if (typeof value !== "string") return value;
  const parsed = parseCellInput(value, cell.kind);
  return parsed.ok ? parsed.value : null;
}

function compareCells(entry: Entry, report: ImportedReport): ExpectedCell[] {
  const data = report.data;
  if (!isGovData(data)) throw new Error("not a gov report");
  const cells = formatCells(report.format).byTable;
  const out: ExpectedCell[] = [];
  const t2 = data.tables.T2.flat();
  cells.T2.forEach((cell, i) => {
    out.push({
      cell,
      expected: expectedValue(cell, entry.T2[i] ?? null),
      got: t2[i] ?? null,
      uncertain: entry.uncertain.includes(`T2[${i}]`),
    });
  });
  for (const cell of cells.T3) {
    out.push({
      cell,
      expected: entry.T3[cell.row]?.[cell.column] ?? null,
      got: data.tables.T3[cell.row]?.[cell.column] ?? null,
      uncertain: false,
    });
  }
  for (const cell of cells.T4) {
    out.push({
      cell,
      expected: entry.T4[cell.column] ?? null,
      got: data.tables.T4[cell.column] ?? null,
      uncertain: false,
    });
  }
  return out;
}

/** The transcription writes an organ's full name with a short form in brackets: "上海市科学技术委员会（市科委）". */
function organMatches(read: string | null, expected: string): boolean {
  if (read === null) return false;
  const match = /^(.+?)（(.+)）$/.exec(expected);
  if (!match) return read === expected;
  const [, full = "", short = ""] = match;
  return read === full || read === expected || read.endsWith(short);
}

/** The entries of a fixture folder's expected.json that the text and HTML readers take (PDFs have their own tests). */
export function readEntries(dir: string): Entry[] {
  const entries = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Entry[];
  return entries.filter((entry) => /\.(txt|html)$/.test(entry.file));
}

/**
 * One suite per file. `knownUnread` counts, per separated file, the cells it
 * still does not read (each blank and named by an issue); it may only go down.
 */
export function describeExpectedReports(
  name: string,
  dir: string,
  entries: Entry[],
  knownUnread: Record<string, number>,
): void {
  describe.each(entries)(`${name} $file`, (entry) => {
    const source = readFileSync(join(dir, entry.file), "utf8");
    const result = entry.file.endsWith(".html") ? importHtml(source) : importText(source);
    const report = (): ImportedReport => {
      if (!result.ok) throw new Error(result.message);
      return result;
    };

    test("format, year and organ", () => {
      expect(result.ok).toBe(true);
      expect(report().format.id).toBe(entry.format);
      expect(report().year).toBe(entry.year);
      expect(organMatches(report().organ, entry.organ), `${report().organ} / ${entry.organ}`).toBe(true);
    });

    test("every value returned equals the transcription (nothing invented)", () => {
      const wrong = compareCells(entry, report()).filter(
        ({ got, expected, uncertain }) => got !== null && !uncertain && got !== expected,
      );
      expect(wrong.map(({ cell, got, expected }) => `${cell.id}: ${got} ≠ ${expected}`)).toEqual([]);
    });

    test("every cell not read is named by an import issue or, when blank in the source, by V-01", () => {
      const blanks = checkImportedReport(report()).filter((finding) => finding.id === "V-01");
      const named = new Set([...report().issues, ...blanks].flatMap((issue) => issue.cells));
      const silent = compareCells(entry, report()).filter(
        ({ got, expected, cell }) => got === null && expected !== null && !named.has(cell.id),
      );
      expect(silent.map(({ cell }) => cell.id)).toEqual([]);
    });

    if (entry.cells === "separated") {
      test("reads the table cells exactly", () => {
        const unread = compareCells(entry, report()).filter(
          ({ got, expected, uncertain }) => !uncertain && got !== expected,
        );
        expect(unread.length).toBeLessThanOrEqual(knownUnread[entry.file] ?? 0);
      });
    }

    test("raises the checks the report's own figures trigger", () => {
      const raised = new Set(checkImportedReport(report()).map((finding) => finding.id));
      const allRead = compareCells(entry, report()).every(
        ({ got, expected, uncertain }) => uncertain || got === expected,
      );
      const due = entry.must.filter((id) => allRead || !ARITHMETIC.test(id));
      expect(due.filter((id) => !raised.has(id))).toEqual([]);
      expect(raised.has("F-01")).toBe(entry.must.includes("F-01"));
      // Every report held here has text under 一、五 and 六, whatever its headings look like.
      expect(raised.has("S-01")).toBe(false);
    });
  });
}
