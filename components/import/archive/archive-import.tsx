"use client";
import { useRouter } from "next/navigation";
import { useMemo, useState, type ChangeEvent } from "react";
import { readArchiveFileAction, saveArchiveFileAction } from "@/app/(staff)/admin/import/archive/actions";
import { ColumnHeadings } from "@/components/ui/column-headings";
import type { ArchiveFileSummary } from "@/lib/import/archive/archive-file-summary";
import type { FilingUnitName } from "@/lib/import/archive/match-filing-unit";
import { planArchive, type FileChoice, type PlanLine } from "@/lib/import/archive/plan-archive";
import type { ArchiveSave } from "@/lib/import/archive/save-archive-file";
import { ArchiveFileRow } from "./archive-file-row";
import { selectedEntries, type BatchEntry } from "./selected-entries";

const REQUEST_FAILED = "请求失败（网络或服务器出错），该文件未处理，可重新读取";
const ACCEPT = ".zip,.txt,.htm,.html,.docx,application/zip,text/plain,text/html";

type Phase = "idle" | "reading" | "saving";

function fileForm(entry: BatchEntry, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.set("file", entry.blob ?? new Blob());
  form.set("name", entry.name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

/** Not read yet, or its request failed (the network, not the file): reading again may succeed. */
function needsReading(entry: BatchEntry, summaries: ReadonlyMap<string, ArchiveFileSummary>): boolean {
  const summary = summaries.get(entry.key);
  return entry.refused === null && (!summary || (!summary.ok && summary.message === REQUEST_FAILED));
}

function toSave(line: PlanLine, saves: ReadonlyMap<string, ArchiveSave>): boolean {
  return line.status === "ready" && line.confirmed && saves.get(line.key)?.status !== "saved";
}

/**
 * The archive import: files (or a .zip opened here) are read one request per
 * file, each line shows what was read and the filing unit its organ matched,
 * the admin confirms, and the confirmed files are saved one request each.
 * The batch lives in this page only; the server keeps nothing between requests.
 */
export function ArchiveImport(props: {
  countyId: string;
  countyName: string;
  filingUnits: FilingUnitName[];
  existing: string[];
}) {
  const [entries, setEntries] = useState<BatchEntry[]>([]);
  const [summaries, setSummaries] = useState<ReadonlyMap<string, ArchiveFileSummary>>(new Map());
  const [choices, setChoices] = useState<ReadonlyMap<string, FileChoice>>(new Map());
  const [saves, setSaves] = useState<ReadonlyMap<string, ArchiveSave>>(new Map());
  const [phase, setPhase] = useState<Phase>("idle");
  const [message, setMessage] = useState("");
  const router = useRouter();
  const existing = useMemo(() => new Set(props.existing), [props.existing]);

  const lines = planArchive(
    entries.map((entry) => ({
      key: entry.key,
      name: entry.name,
      summary:
        entry.refused !== null ? { ok: false, message: entry.refused } : (summaries.get(entry.key) ?? null),
    })),
    props.filingUnits,
    existing,
    choices,
  );
  const readCount = lines.filter((line) => line.status !== "pending").length;
  const unread = entries.filter((entry) => needsReading(entry, summaries)).length;
  const saving = lines.filter((line) => toSave(line, saves));

  const choose = (key: string, choice: FileChoice) =>
    setChoices((current) => new Map(current).set(key, { ...current.get(key), ...choice }));

  async function select(event: ChangeEvent<HTMLInputElement>) {
    const selected = await selectedEntries([...(event.target.files ?? [])]);
    setSummaries(new Map());
    setChoices(new Map());
    setSaves(new Map());
    setEntries(selected.ok ? selected.entries : []);
    setMessage(selected.ok ? "" : selected.message);
  }

  async function readAll() {
    setPhase("reading");
    for (const entry of entries) {
      if (!needsReading(entry, summaries)) continue;
      const summary = await readArchiveFileAction(fileForm(entry, { countyId: props.countyId })).then(
        (result): ArchiveFileSummary => (result.ok ? result.data : { ok: false, message: result.message }),
        (): ArchiveFileSummary => ({ ok: false, message: REQUEST_FAILED }),
      );
      setSummaries((current) => new Map(current).set(entry.key, summary));
    }
    setPhase("idle");
  }

  async function saveConfirmed() {
    setPhase("saving");
    const byKey = new Map(entries.map((entry) => [entry.key, entry]));
    const results: ArchiveSave[] = [];
    for (const line of saving) {
      const entry = byKey.get(line.key);
      if (!entry || line.filingUnitId === null || line.year === null) continue;
      const save = await saveArchiveFileAction(
        fileForm(entry, { filingUnitId: line.filingUnitId, year: String(line.year) }),
      ).then(
        (result): ArchiveSave => (result.ok ? result.data : { status: "failed", message: result.message }),
        (): ArchiveSave => ({ status: "failed", message: REQUEST_FAILED }),
      );
      results.push(save);
      setSaves((current) => new Map(current).set(line.key, save));
    }
    const count = (status: ArchiveSave["status"]) => results.filter((r) => r.status === status).length;
    setMessage(
      `保存完成：已保存${count("saved")}份，已有报告跳过${count("skipped")}份，失败${count("failed")}份。`,
    );
    setPhase("idle");
    // The county's stored years as the server now has them, for the next batch.
    router.refresh();
  }

  const busy = phase !== "idle";
  return (
    <section
      aria-labelledby="archive-heading"
      className="space-y-4 rounded border border-slate-200 bg-white p-5"
    >
      <h2 id="archive-heading" className="text-lg font-semibold">
        导入到{props.countyName}
      </h2>
      <div>
        <label htmlFor="archive-files" className="block font-medium">
          选择文件或压缩包
        </label>
        <p id="archive-files-hint" className="text-sm text-slate-600">
          可多选 .txt、.html、.docx 文件，或选择一个 .zip 压缩包（压缩包在本机解开，不含嵌套压缩包）。
        </p>
        <input
          id="archive-files"
          type="file"
          multiple
          accept={ACCEPT}
          disabled={busy}
          onChange={select}
          aria-describedby="archive-files-hint"
          className="mt-1 block"
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={readAll}
          disabled={busy || unread === 0}
          className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700 disabled:opacity-60"
        >
          {phase === "reading" ? "正在读取…" : "读取全部文件"}
        </button>
        <button
          type="button"
          onClick={saveConfirmed}
          disabled={busy || saving.length === 0}
          className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700 disabled:opacity-60"
        >
          {phase === "saving" ? "正在保存…" : `保存已确认的${saving.length}份`}
        </button>
      </div>
      <div role="status" aria-live="polite" className="space-y-1">
        {lines.length > 0 ? (
          <p>
            已读取 {readCount} / {lines.length} 个文件
            <progress className="ml-3 align-middle" max={lines.length} value={readCount} />
          </p>
        ) : null}
        {message ? <p className="font-medium">{message}</p> : null}
      </div>
      {lines.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">每个文件的读取结果</caption>
            <ColumnHeadings
              labels={[
                "文件",
                "格式",
                "机关",
                "年度",
                "发现的问题",
                "读不出的内容",
                "填报单位",
                "确认",
                "结果",
              ]}
            />
            <tbody>
              {lines.map((line) => (
                <ArchiveFileRow
                  key={line.key}
                  line={line}
                  summary={summaries.get(line.key) ?? null}
                  save={saves.get(line.key)}
                  filingUnits={props.filingUnits}
                  busy={busy}
                  onFilingUnit={(filingUnitId) => choose(line.key, { filingUnitId })}
                  onConfirm={(confirmed) => choose(line.key, { confirmed })}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
