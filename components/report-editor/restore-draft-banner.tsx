"use client";
import { useEffect, useState } from "react";
import { diffReportData, type DataDifference } from "@/lib/editor/diff-report-data";
import { mergeReportData } from "@/lib/editor/merge-report-data";
import { useEditor } from "./editor-context";
import { clearLocalDraft, readLocalDraft, type LocalDraft } from "./local-draft";

type Found =
  | { kind: "restored"; when: string }
  | { kind: "conflict"; draft: LocalDraft; conflicts: DataDifference[]; when: string };

/**
 * Edits this browser kept but the server never confirmed (a reload before the
 * save, a crash, a closed tab, lost network) come back on the next visit:
 * merged in automatically when they do not clash with what the server has,
 * offered as a choice when they do.
 */
export function RestoreDraftBanner() {
  const { store, meta } = useEditor();
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!meta.editable) return;
    const draft = readLocalDraft(meta.reportId);
    if (!draft) return;
    const server = store.getState();
    const { merged, conflicts } = mergeReportData(store.format, draft.baseData ?? server.data, draft.data, server.data);
    const when = new Date(draft.savedAt).toLocaleString("zh-CN", { hour12: false });
    if (conflicts.length === 0) {
      const nothingNew = diffReportData(store.format, merged, server.data).length === 0;
      if (nothingNew && Object.keys(draft.invalidText).length === 0) {
        clearLocalDraft(meta.reportId);
        return;
      }
      store.replace(merged, server.baseVersion, { text: draft.invalidText, baseData: server.data });
      // Local storage is only readable after hydration; the notice follows from it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFound({ kind: "restored", when });
      return;
    }
    setFound({ kind: "conflict", draft, conflicts, when });
  }, [store, meta.reportId, meta.editable]);

  if (!found) return null;
  if (found.kind === "restored") {
    return (
      <div role="status" className="mb-4 border-l-4 border-green-700 bg-green-50 p-3">
        已恢复本机在 {found.when} 记录、尚未保存到服务器的修改，正在自动保存。
      </div>
    );
  }
  const apply = (prefer: "mine" | "theirs") => {
    const server = store.getState();
    const { merged } = mergeReportData(store.format, found.draft.baseData ?? server.data, found.draft.data, server.data, prefer);
    store.replace(merged, server.baseVersion, { text: prefer === "mine" ? found.draft.invalidText : {}, baseData: server.data });
    if (prefer === "theirs") clearLocalDraft(meta.reportId);
    setFound(null);
  };
  return (
    <div role="region" aria-labelledby="restore-title" className="mb-4 border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="restore-title" className="font-semibold">本机有尚未保存到服务器的修改</h2>
      <p className="mt-1 text-sm">
        这些修改记录于 {found.when}。其中 {found.conflicts.length} 项与服务器上较新的内容不同：
        {found.conflicts.slice(0, 5).map((c) => c.label).join("、")}
        {found.conflicts.length > 5 ? "等" : ""}。其余修改将一并保留。
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700" onClick={() => apply("mine")}>
          恢复这些修改
        </button>
        <button type="button" className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100" onClick={() => apply("theirs")}>
          以服务器内容为准
        </button>
      </div>
    </div>
  );
}
