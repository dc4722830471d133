import type { Db } from "@/lib/db/client";
import type { ImportedReport } from "../types";
import type { ArchiveEntry } from "./archive-entry";
import type { ArchiveFileSummary } from "./archive-file-summary";
import {
  planArchive,
  filingUnitYearKey,
  type FileChoice,
  type PlanLine,
  type PlannedFile,
} from "./plan-archive";
import { readArchiveFile } from "./read-archive-file";
import { saveArchiveFile, type ArchiveSave } from "./save-archive-file";
import type { FilingUnitName } from "./match-filing-unit";

export interface ArchiveResultLine extends PlanLine {
  summary: ArchiveFileSummary;
  /** null when the file was not to be saved (or on a dry run). */
  save: ArchiveSave | null;
}

/** The county's filing units and the filing unit+years it already holds: what a batch is planned against. */
export async function loadArchiveTargets(
  db: Db,
  countyId: string,
): Promise<{ filingUnits: FilingUnitName[]; existing: Set<string> }> {
  const filingUnits = await db.filingUnit.findMany({
    where: { countyId },
    orderBy: { code: "asc" },
    select: { id: true, name: true, organName: true, reports: { select: { year: true } } },
  });
  return {
    filingUnits: filingUnits.map(({ id, name, organName }) => ({ id, name, organName })),
    existing: new Set(filingUnits.flatMap((t) => t.reports.map((r) => filingUnitYearKey(t.id, r.year)))),
  };
}

/**
 * A whole archive into one county, file by file: each file read through the
 * importer, the batch planned (filing unit by organ, nothing saved twice), then
 * every ready and confirmed file saved on its own. One file's failure is its
 * line's message; the others go on. A dry run reads and plans only.
 */
export async function importArchive(
  db: Db,
  args: {
    countyId: string;
    entries: readonly ArchiveEntry[];
    actorId: string | null;
    now: Date;
    dryRun?: boolean;
    choices?: ReadonlyMap<string, FileChoice>;
    onLine?: (line: ArchiveResultLine, index: number) => void;
  },
): Promise<ArchiveResultLine[]> {
  const { filingUnits, existing } = await loadArchiveTargets(db, args.countyId);
  const files: PlannedFile[] = [];
  const reports = new Map<string, ImportedReport>();
  for (const [index, entry] of args.entries.entries()) {
    const key = `${index}:${entry.name}`;
    if (entry.refused !== undefined) {
      files.push({ key, name: entry.name, summary: { ok: false, message: entry.refused } });
      continue;
    }
    const { summary, report } = await readArchiveFile(entry.name, entry.bytes);
    if (report) reports.set(key, report);
    files.push({ key, name: entry.name, summary });
  }
  const plan = planArchive(files, filingUnits, existing, args.choices);
  const lines: ArchiveResultLine[] = [];
  for (const [index, line] of plan.entries()) {
    const report = reports.get(line.key);
    const save =
      !args.dryRun && line.status === "ready" && line.confirmed && report && line.filingUnitId !== null
        ? await saveArchiveFile(db, {
            filingUnitId: line.filingUnitId,
            report,
            sourceNote: line.name,
            actorId: args.actorId,
            now: args.now,
          })
        : null;
    const result = { ...line, summary: files[index]?.summary ?? { ok: false, message: "" }, save };
    lines.push(result);
    args.onLine?.(result, index);
  }
  return lines;
}

/**
 * `cli import-dir`'s exit code, the `check` convention per batch: 2 when any
 * file is not a readable report, else 1 when any file has an error finding or
 * could not be assigned or saved, else 0. A re-run exits as the first run did.
 */
export function archiveExitCode(lines: readonly ArchiveResultLine[]): 0 | 1 | 2 {
  if (lines.some((line) => !line.summary.ok)) return 2;
  const unsaved = lines.some((line) => line.status === "choose" || line.save?.status === "failed");
  const errors = lines.some((line) => line.summary.ok && line.summary.errors > 0);
  return unsaved || errors ? 1 : 0;
}
