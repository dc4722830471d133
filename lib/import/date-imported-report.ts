import { choosePublicationDate, rankDateCandidates, type DateCandidate } from "./publication-date";
import type { ImportedReport } from "./types";

type DatedFields = Pick<ImportedReport, "publishedOn" | "publishedOnSource" | "dateCandidates">;

/** The publication date fields of a report of `year` from every candidate found or given. */
export function datePublication(candidates: readonly DateCandidate[], year: number): DatedFields {
  const ranked = rankDateCandidates(candidates);
  const chosen = choosePublicationDate(ranked, year);
  return {
    publishedOn: chosen?.date ?? null,
    publishedOnSource: chosen?.source ?? null,
    dateCandidates: ranked,
  };
}

/** The report with more candidates weighed in (the admin's entry, a date known from outside the text). */
export function withDateCandidates(report: ImportedReport, extra: readonly DateCandidate[]): ImportedReport {
  if (extra.length === 0) return report;
  return { ...report, ...datePublication([...report.dateCandidates, ...extra], report.year) };
}
