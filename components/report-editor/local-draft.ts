import type { GovReportData } from "@/lib/format/report-data";

/** What the browser keeps of edits the server has not confirmed yet. */
export interface LocalDraft {
  baseVersion: number;
  /** The server content the edits started from: the base of a merge with what the server has now. */
  baseData?: GovReportData;
  data: GovReportData;
  /** Typed text of cells whose entry is not a valid value yet (kept so nothing typed is lost). */
  invalidText: Record<string, string>;
  savedAt: string;
}

const key = (reportId: string) => `nianbao:draft:${reportId}`;

export function readLocalDraft(reportId: string): LocalDraft | null {
  try {
    const raw = window.localStorage.getItem(key(reportId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(reportId: string, draft: LocalDraft): void {
  try {
    window.localStorage.setItem(key(reportId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the server copy and the open page still hold the work.
  }
}

export function clearLocalDraft(reportId: string): void {
  try {
    window.localStorage.removeItem(key(reportId));
  } catch {
    // Nothing to clear.
  }
}
