"use client";
import { useMemo, useState, type ReactNode } from "react";
import type { CheckContext } from "@/lib/checks/types";
import { createEditorStore } from "@/lib/editor/editor-store";
import { getFormat } from "@/lib/format";
import type { GovReportData } from "@/lib/format/report-data";
import type { FormatId } from "@/lib/format/types";
import { ConflictDialog } from "./conflict-dialog";
import { EditorContext, type EditorMeta } from "./editor-context";
import { RestoreDraftBanner } from "./restore-draft-banner";
import { useAutosave } from "./use-autosave";

/** Holds one report's editor for every page of the year (the layout keeps it across sections). */
export function ReportEditorProvider({
  formatId,
  data,
  version,
  context,
  meta,
  children,
}: {
  formatId: FormatId;
  data: GovReportData;
  version: number;
  context: CheckContext;
  meta: EditorMeta;
  children: ReactNode;
}) {
  const [store] = useState(() => createEditorStore(getFormat(formatId), { data, version, context }));
  // The layout re-renders with a new status after submit or withdraw; the store (and its edits) stays.
  const value = useMemo(() => ({ store, meta }), [store, meta]);
  const { conflict, resolveConflict } = useAutosave(store, meta.reportId, meta.editable);
  return (
    <EditorContext.Provider value={value}>
      <RestoreDraftBanner />
      {conflict ? <ConflictDialog conflict={conflict} onResolve={resolveConflict} /> : null}
      {children}
    </EditorContext.Provider>
  );
}
