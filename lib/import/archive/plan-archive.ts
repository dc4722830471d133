import type { ArchiveFileSummary } from "./archive-file-summary";
import { matchTownship, type TownshipMatch, type TownshipName } from "./match-township";

export interface PlannedFile {
  /** Stable within one batch (the entry's position and path). */
  key: string;
  name: string;
  /** null while the file has not been read yet. */
  summary: ArchiveFileSummary | null;
}

/** What the admin changed on a line: the township chosen by hand, or the confirmation unticked. */
export interface FileChoice {
  townshipId?: string | null;
  confirmed?: boolean;
}

type PlanStatus = "pending" | "unreadable" | "choose" | "exists" | "duplicate" | "ready";

export interface PlanLine {
  key: string;
  name: string;
  status: PlanStatus;
  match: TownshipMatch | null;
  townshipId: string | null;
  year: number | null;
  /** Saved when the batch is saved: ready and confirmed. */
  confirmed: boolean;
  /** Chinese, why the line is not ready (empty when it is). */
  note: string;
}

/** The key of a township's year: what the database holds once per township. */
export function townshipYearKey(townshipId: string, year: number): string {
  return `${townshipId}:${year}`;
}

function chosenTownship(match: TownshipMatch, choice: FileChoice | undefined, ids: ReadonlySet<string>) {
  if (choice?.townshipId !== undefined)
    return choice.townshipId !== null && ids.has(choice.townshipId) ? choice.townshipId : null;
  return match.kind === "exact" || match.kind === "normalised" ? match.townshipId : null;
}

const CHOOSE_NOTE = {
  ambiguous: "机关名称对应多个乡镇，请选择",
  none: "未能按机关名称找到乡镇，请选择",
} as const;

/**
 * Which files of a batch are saved, and why the others are not: each file is
 * assigned to a township by its organ (or the admin's choice), a township+year
 * already stored is skipped, and within the batch the first file of a
 * township+year wins, so nothing is saved twice. Pure: the page recomputes it
 * on every change and the CLI runs it once.
 */
export function planArchive(
  files: readonly PlannedFile[],
  townships: readonly TownshipName[],
  existing: ReadonlySet<string>,
  choices: ReadonlyMap<string, FileChoice> = new Map(),
): PlanLine[] {
  const ids = new Set(townships.map((t) => t.id));
  const taken = new Map<string, string>();
  return files.map((file): PlanLine => {
    const line = {
      key: file.key,
      name: file.name,
      match: null,
      townshipId: null,
      year: null,
      confirmed: false,
    };
    if (file.summary === null) return { ...line, status: "pending", note: "等待读取" };
    if (!file.summary.ok) return { ...line, status: "unreadable", note: file.summary.message };
    const { year } = file.summary;
    const match = matchTownship(file.summary.organ, townships);
    const choice = choices.get(file.key);
    const townshipId = chosenTownship(match, choice, ids);
    const assigned = { ...line, match, townshipId, year };
    if (townshipId === null) {
      return {
        ...assigned,
        status: "choose",
        note: match.kind === "ambiguous" ? CHOOSE_NOTE.ambiguous : CHOOSE_NOTE.none,
      };
    }
    const key = townshipYearKey(townshipId, year);
    if (existing.has(key)) return { ...assigned, status: "exists", note: `该乡镇${year}年度已有报告，跳过` };
    const first = taken.get(key);
    if (first !== undefined)
      return { ...assigned, status: "duplicate", note: `与“${first}”的乡镇和年度相同，跳过` };
    const confirmed = choice?.confirmed ?? true;
    if (confirmed) taken.set(key, file.name);
    return { ...assigned, status: "ready", confirmed, note: "" };
  });
}
