"use client";
import { useEffect, useState } from "react";
import { diffReportData } from "@/lib/editor/diff-report-data";
import { useEditor } from "./editor-context";
import { clearLocalDraft, readLocalDraft, type LocalDraft } from "./local-draft";

/** Offers back edits this browser kept but the server never confirmed (crash, closed tab, lost network). */
export function RestoreDraftBanner() {
  const { store, meta } = useEditor();
  const [draft, setDraft] = useState<LocalDraft | null>(null);

  useEffect(() => {
    const found = readLocalDraft(meta.reportId);
    if (!found) return;
    const changes = diffReportData(store.format, found.data, store.getState().data).length;
    if (changes === 0 && Object.keys(found.invalidText).length === 0) {
      clearLocalDraft(meta.reportId);
      return;
    }
    // Reading local storage can only happen after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDraft(found);
  }, [store, meta.reportId]);

  if (!draft || !meta.editable) return null;
  const when = new Date(draft.savedAt).toLocaleString("zh-CN", { hour12: false });
  return (
    <div role="region" aria-labelledby="restore-title" className="mb-4 border-l-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="restore-title" className="font-semibold">本机有尚未保存到服务器的修改</h2>
      <p className="mt-1 text-sm">这些修改记录于 {when}，可能因为网络中断、浏览器关闭或页面出错而未能保存。</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700"
          onClick={() => {
            store.replace(draft.data, draft.baseVersion, { text: draft.invalidText });
            setDraft(null);
          }}
        >
          恢复这些修改
        </button>
        <button
          type="button"
          className="rounded border border-slate-500 px-4 py-2 hover:bg-slate-100"
          onClick={() => {
            clearLocalDraft(meta.reportId);
            setDraft(null);
          }}
        >
          放弃
        </button>
      </div>
    </div>
  );
}
