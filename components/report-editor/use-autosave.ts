"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveReportAction } from "@/app/(staff)/fill/[county]/[filingUnit]/[year]/actions";
import { Autosaver, saveOutcomeOf, type EditConflict } from "@/lib/editor/autosaver";
import type { EditorStore } from "@/lib/editor/editor-store";
import { clearLocalDraft, writeLocalDraft } from "./local-draft";

export type Conflict = EditConflict;

function timeOf(iso: string): string {
  return new Date(iso).toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false });
}

/** Connects the editor to the server and the browser (events, storage) through an Autosaver. */
export function useAutosave(store: EditorStore, reportId: string, enabled: boolean) {
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const saver = useRef<Autosaver | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const autosaver = new Autosaver(store, {
      save: async ({ version, data }) => saveOutcomeOf(await saveReportAction({ reportId, version, data })),
      isOnline: () => navigator.onLine,
      writeDraft: (d) => writeLocalDraft(reportId, { ...d, savedAt: new Date().toISOString() }),
      clearDraft: () => clearLocalDraft(reportId),
      onConflict: setConflict,
      formatTime: timeOf,
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (h) => window.clearTimeout(h as number),
      now: () => Date.now(),
    });
    saver.current = autosaver;
    const online = () => void autosaver.saveNow();
    const offline = () => autosaver.wentOffline();
    const hide = () => {
      autosaver.mirror();
      void autosaver.saveNow();
    };
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", hide);
    document.addEventListener("visibilitychange", hide);
    return () => {
      autosaver.dispose();
      saver.current = null;
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", hide);
      document.removeEventListener("visibilitychange", hide);
    };
  }, [enabled, store, reportId]);

  const resolveConflict = useCallback(
    (choice: "mine" | "theirs") => {
      if (conflict) saver.current?.resolveConflict(choice, conflict);
      setConflict(null);
    },
    [conflict],
  );

  return { conflict, resolveConflict };
}
