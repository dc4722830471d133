"use client";
import { compact, missingLabels } from "@/lib/checks/narrative-text";
import { MAX_NARRATIVE_LENGTH } from "@/lib/format/report-data";
import type { SectionDef } from "@/lib/format/types";
import { useEditor, useEditorSelector } from "./editor-context";

/** A plain-text narrative with its required topics as a live checklist. */
export function NarrativeField({ section }: { section: SectionDef & { id: "s1" | "s5" | "s6" } }) {
  const { store, meta } = useEditor();
  const text = useEditorSelector((s) => s.data.narratives[section.id] ?? "");
  const hasError = useEditorSelector((s) =>
    (s.findingsByTarget.get(section.id) ?? []).some((f) => f.severity === "error"),
  );
  const topics = section.topics ?? [];
  const missing = new Set(missingLabels(compact(text), topics));
  const over = text.length > MAX_NARRATIVE_LENGTH;
  const lastText = meta.lastYear?.narratives[section.id];
  return (
    <div className={lastText ? "grid gap-6 xl:grid-cols-[1fr_22rem]" : ""}>
      <div>
        <label htmlFor={section.id} className="block text-lg font-semibold">
          {section.heading}
        </label>
        {section.guidance ? (
          <p id={`${section.id}-hint`} className="mt-1 max-w-3xl text-slate-700">
            {section.guidance}
          </p>
        ) : null}
        {topics.length > 0 ? (
          <div className="mt-3">
            <h3 className="text-sm font-semibold">须涵盖的内容</h3>
            <ul className="mt-1 flex flex-wrap gap-2" aria-label={`${section.heading}须涵盖的内容`}>
              {topics.map((t) => {
                const covered = !missing.has(t.label);
                return (
                  <li
                    key={t.label}
                    data-topic={t.label}
                    data-covered={covered}
                    className={`rounded border px-2 py-1 text-sm ${covered ? "border-green-700 bg-green-50 text-green-900" : "border-slate-400 text-slate-700"}`}
                  >
                    <span aria-hidden="true">{covered ? "✓ " : "○ "}</span>
                    {t.label}
                    <span className="sr-only">{covered ? "（已涉及）" : "（未涉及）"}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        ) : null}
        <textarea
          id={section.id}
          value={text}
          readOnly={!meta.editable}
          onChange={(e) => store.setNarrative(section.id, e.target.value)}
          aria-describedby={
            section.guidance ? `${section.id}-hint ${section.id}-count` : `${section.id}-count`
          }
          aria-invalid={hasError || over ? true : undefined}
          rows={section.id === "s1" ? 18 : 10}
          className={`mt-3 block w-full rounded border p-3 leading-relaxed ${hasError || over ? "border-2 border-seal-700" : "border-slate-500"}`}
        />
        <p
          id={`${section.id}-count`}
          className={`mt-1 text-sm ${over ? "font-medium text-seal-700" : "text-slate-600"}`}
        >
          {text.length} / {MAX_NARRATIVE_LENGTH} 字{over ? "，超出部分无法保存，请精简" : ""}
        </p>
      </div>
      {lastText ? (
        <aside
          aria-labelledby={`${section.id}-last`}
          className="rounded border border-slate-300 bg-slate-50 p-3"
        >
          <h3 id={`${section.id}-last`} className="text-sm font-semibold">
            {meta.lastYear!.year}年报告原文（仅供参考）
          </h3>
          <p className="mt-1 text-xs text-slate-700">请结合本年实际撰写，照搬往年内容会触发 S-06 警告。</p>
          <div className="mt-2 max-h-[28rem] overflow-auto whitespace-pre-wrap text-sm leading-relaxed text-slate-800">
            {lastText}
          </div>
        </aside>
      ) : null}
    </div>
  );
}
