import type { ArchiveFileSummary } from "./archive-file-summary";
import { matchFilingUnit, type FilingUnitMatch, type FilingUnitName } from "./match-filing-unit";

/** A unit a batch may be saved into; a retired one is matched (its files are named) but receives nothing. */
export interface ArchiveTarget extends FilingUnitName {
  retired: boolean;
}

export interface PlannedFile {
  /** Stable within one batch (the entry's position and path). */
  key: string;
  name: string;
  /** null while the file has not been read yet. */
  summary: ArchiveFileSummary | null;
}

/** What the admin changed on a line: the filing unit chosen by hand, or the confirmation unticked. */
export interface FileChoice {
  filingUnitId?: string | null;
  confirmed?: boolean;
}

type PlanStatus = "pending" | "unreadable" | "choose" | "exists" | "duplicate" | "ready";

export interface PlanLine {
  key: string;
  name: string;
  status: PlanStatus;
  match: FilingUnitMatch | null;
  filingUnitId: string | null;
  year: number | null;
  /** Saved when the batch is saved: ready and confirmed. */
  confirmed: boolean;
  /** Chinese, why the line is not ready, or why a ready line waits for the admin's confirmation; else empty. */
  note: string;
}

/** The key of a filing unit's year: what the database holds once per filing unit. */
export function filingUnitYearKey(filingUnitId: string, year: number): string {
  return `${filingUnitId}:${year}`;
}

function chosenFilingUnit(match: FilingUnitMatch, choice: FileChoice | undefined, ids: ReadonlySet<string>) {
  if (choice?.filingUnitId !== undefined)
    return choice.filingUnitId !== null && ids.has(choice.filingUnitId) ? choice.filingUnitId : null;
  return match.kind === "none" || match.kind === "ambiguous" ? null : match.filingUnitId;
}

const CHOOSE_NOTE = {
  ambiguous: "机关名称对应多个单位，请选择",
  none: "未能按机关名称找到填报单位，请选择",
  retired: (name: string) => `${name}已停用，不能导入（需要时先在管理页恢复该单位），请选择`,
} as const;

/**
 * Which files of a batch are saved, and why the others are not: each file is
 * assigned to a filing unit by its organ (or the admin's choice), a filing unit+year
 * already stored is skipped, and within the batch the first file of a
 * filing unit+year wins, so nothing is saved twice. Pure: the page recomputes it
 * on every change and the CLI runs it once.
 */
export function planArchive(
  files: readonly PlannedFile[],
  filingUnits: readonly ArchiveTarget[],
  existing: ReadonlySet<string>,
  choices: ReadonlyMap<string, FileChoice> = new Map(),
): PlanLine[] {
  const ids = new Set(filingUnits.map((t) => t.id));
  const taken = new Map<string, string>();
  return files.map((file): PlanLine => {
    const line = {
      key: file.key,
      name: file.name,
      match: null,
      filingUnitId: null,
      year: null,
      confirmed: false,
    };
    if (file.summary === null) return { ...line, status: "pending", note: "等待读取" };
    if (!file.summary.ok) return { ...line, status: "unreadable", note: file.summary.message };
    const { year } = file.summary;
    const match = matchFilingUnit(file.summary.organ, filingUnits);
    const choice = choices.get(file.key);
    const chosen = chosenFilingUnit(match, choice, ids);
    const retired = filingUnits.find((t) => t.id === chosen && t.retired);
    const filingUnitId = retired ? null : chosen;
    const assigned = { ...line, match, filingUnitId, year };
    if (retired) return { ...assigned, status: "choose", note: CHOOSE_NOTE.retired(retired.name) };
    if (filingUnitId === null) {
      return {
        ...assigned,
        status: "choose",
        note: match.kind === "ambiguous" ? CHOOSE_NOTE.ambiguous : CHOOSE_NOTE.none,
      };
    }
    const key = filingUnitYearKey(filingUnitId, year);
    if (existing.has(key)) return { ...assigned, status: "exists", note: `该单位${year}年度已有报告，跳过` };
    const first = taken.get(key);
    if (first !== undefined)
      return { ...assigned, status: "duplicate", note: `与“${first}”的单位和年度相同，跳过` };
    // A unit proposed from a short form is saved only once the admin confirms it.
    const proposed = match.kind === "abbreviated" && choice?.filingUnitId === undefined;
    const confirmed = choice?.confirmed ?? !proposed;
    if (confirmed) taken.set(key, file.name);
    const note = proposed && !confirmed ? `机关名称“${file.summary.organ ?? ""}”是简称，按简称对应` : "";
    return { ...assigned, status: "ready", confirmed, note };
  });
}
