import type { Db } from "@/lib/db/client";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { isFormatId } from "@/lib/format";
import type { ReportData } from "@/lib/format/report-data";
import { chinaDateOrNull } from "./china-date";
import type { PublishedReportSummary } from "./public-report-types";
import { matchesAll, searchTerms, snippetAround } from "./search-text";

/** A published report with, when asked for, the narratives of its latest revision (for search). */
export interface PublishedEntry extends PublishedReportSummary {
  narratives?: string;
}

/**
 * Every published report (latest revision), newest publication first (those
 * with an unknown date last). The
 * whole list is read and filtered in TypeScript: the same on SQLite and
 * PostgreSQL, and a county publishes a few dozen reports a year. It is cached
 * as one entry (lib/publications/cached-public-data.ts), so arbitrary search
 * strings never multiply cache entries.
 */
export async function listPublishedReports(
  db: Db,
  options: { withNarratives?: boolean } = {},
): Promise<PublishedEntry[]> {
  const reports = await db.report.findMany({
    where: { publications: { some: {} } },
    select: {
      year: true,
      filingUnit: {
        select: { code: true, name: true, kind: true, county: { select: { code: true, name: true } } },
      },
      publications: {
        orderBy: { revision: "asc" },
        select: { id: true, revision: true, publishedAt: true, formatId: true, organName: true },
      },
    },
  });
  const narratives = options.withNarratives
    ? await latestNarratives(
        db,
        reports.flatMap((r) => r.publications.at(-1)?.id ?? []),
      )
    : null;
  const entries: { entry: PublishedEntry; at: number | null }[] = [];
  for (const report of reports) {
    const first = report.publications[0];
    const last = report.publications.at(-1);
    if (!first || !last || !isFormatId(last.formatId)) continue;
    const text = narratives?.get(last.id);
    entries.push({
      at: last.publishedAt?.getTime() ?? null,
      entry: {
        county: report.filingUnit.county,
        filingUnit: {
          code: report.filingUnit.code,
          name: report.filingUnit.name,
          kind: kindOf(report.filingUnit.kind),
          organName: last.organName,
        },
        year: report.year,
        formatId: last.formatId,
        firstPublishedAt: chinaDateOrNull(first.publishedAt),
        latestRevision: last.revision,
        latestPublishedAt: chinaDateOrNull(last.publishedAt),
        ...(text !== undefined ? { narratives: text } : {}),
      },
    });
  }
  // Unknown dates are not "oldest": they go after every dated entry, newest report year first.
  entries.sort(
    (a, b) =>
      (b.at ?? -Infinity) - (a.at ?? -Infinity) ||
      b.entry.year - a.entry.year ||
      a.entry.filingUnit.code.localeCompare(b.entry.filingUnit.code),
  );
  return entries.map(({ entry }) => entry);
}

async function latestNarratives(db: Db, publicationIds: string[]): Promise<Map<string, string>> {
  const rows = await db.publication.findMany({
    where: { id: { in: publicationIds } },
    select: { id: true, data: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      Object.values((row.data as unknown as ReportData).narratives ?? {}).join("\n"),
    ]),
  );
}

export interface ReportFilters {
  county?: string;
  /** A filing unit code (unique within its county; with no county, matches it in any county). */
  filingUnit?: string;
  year?: number;
  /** Full-text query over organ, place names and narratives; every term must occur. */
  q?: string;
}

/** The entries matching the filters, in the list's order, with a snippet when searching. */
export function filterReports(
  entries: readonly PublishedEntry[],
  filters: ReportFilters,
): PublishedReportSummary[] {
  const terms = searchTerms(filters.q ?? "");
  const result: PublishedReportSummary[] = [];
  for (const entry of entries) {
    if (filters.county && entry.county.code !== filters.county) continue;
    if (filters.filingUnit && entry.filingUnit.code !== filters.filingUnit) continue;
    if (filters.year && entry.year !== filters.year) continue;
    const { narratives = "", ...summary } = entry;
    if (terms.length > 0) {
      const names = [
        entry.filingUnit.organName,
        entry.filingUnit.name,
        entry.county.name,
        `${entry.year}年`,
      ].join("\n");
      if (!matchesAll(`${names}\n${narratives}`, terms)) continue;
      const snippet = snippetAround(narratives, terms);
      result.push(snippet ? { ...summary, snippet } : summary);
    } else {
      result.push(summary);
    }
  }
  return result;
}
