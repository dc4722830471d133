"use client";
import { createContext, useCallback, useContext, useSyncExternalStore } from "react";
import type { CellView, EditorState, EditorStore } from "@/lib/editor/editor-store";
import type { CountyReference } from "@/lib/reports/load-county-reference";
import type { LastYearNarratives } from "@/lib/reports/last-year-narratives";
import type { ReportStatus } from "@/lib/workflow/status";
import type { BlockedStep, StepButton } from "@/lib/workflow/step-buttons";

export interface EditorMeta {
  reportId: string;
  editable: boolean;
  status: ReportStatus;
  /** The clerk's steps the transition table allows now (提交审核, 撤回). */
  steps: readonly StepButton<"fill">[];
  /** Steps the state allows but a rule refuses now, with the reason to show instead of the button. */
  blockedSteps: readonly BlockedStep[];
  basePath: string;
  year: number;
  organName: string;
  /** Last year's accepted narratives, shown for reference beside the text boxes. */
  lastYear: LastYearNarratives | null;
  /** For the county government's own report: the county summary beside its tables. */
  countyReference: CountyReference | null;
}

export const EditorContext = createContext<{ store: EditorStore; meta: EditorMeta } | null>(null);

export function useEditor() {
  const value = useContext(EditorContext);
  if (!value) throw new Error("useEditor outside ReportEditorProvider");
  return value;
}

/** Subscribes to one slice of the editor; the component re-renders only when the slice changes. */
export function useEditorSelector<T>(selector: (state: EditorState) => T): T {
  const { store } = useEditor();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}

/** One cell's view, woken only when that cell changes (a keystroke re-renders a handful of cells, not 175). */
export function useCellView(cellId: string): CellView {
  const { store } = useEditor();
  const subscribe = useCallback((listener: () => void) => store.subscribeCell(cellId, listener), [store, cellId]);
  return useSyncExternalStore(
    subscribe,
    () => store.getCell(cellId),
    () => store.getCell(cellId),
  );
}
