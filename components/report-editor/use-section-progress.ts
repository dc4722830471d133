"use client";
import { useDeferredValue, useMemo } from "react";
import { sectionProgress, type SectionProgress } from "@/lib/editor/section-status";
import type { SectionId } from "@/lib/format/types";
import { useEditor, useEditorSelector } from "./editor-context";

/** Progress of every section, recomputed when the findings or data change. */
export function useSectionProgress(): Record<SectionId, SectionProgress> {
  const { store } = useEditor();
  // Section badges are not urgent: React updates them after the keystroke's own commit.
  const data = useDeferredValue(useEditorSelector((s) => s.data));
  const findings = useDeferredValue(useEditorSelector((s) => s.findings));
  const inputErrors = useDeferredValue(useEditorSelector((s) => s.inputErrors));
  return useMemo(() => {
    const out = {} as Record<SectionId, SectionProgress>;
    for (const section of store.format.sections) {
      out[section.id] = sectionProgress(store.format, data, findings, inputErrors, section.id);
    }
    return out;
  }, [store, data, findings, inputErrors]);
}
