"use client";
import Link from "next/link";
import { memo, useMemo, useState } from "react";
import { CommentThreads } from "@/components/comments/comment-threads";
import { useCommentThreads } from "@/components/comments/comments-context";
import { StatutoryTable } from "@/components/report/statutory-table";
import { findingsOfSection } from "@/lib/editor/editor-store";
import { CommentAnchor } from "@/components/comments/comment-anchor";
import { rowTargetId, sectionOfCommentTarget } from "@/lib/comments/comment-targets";
import { sectionProgress } from "@/lib/editor/section-status";
import { formatCells } from "@/lib/format/cells";
import { tableLayout } from "@/lib/format/table-layout";
import type { FormatDef, SectionDef, SectionId } from "@/lib/format/types";
import { CellInput } from "./cell-input";
import { CountyReferenceTable } from "./county-reference";
import { useEditor, useEditorSelector } from "./editor-context";
import { FindingsList } from "./findings-list";
import { NarrativeField } from "./narrative-field";
import { NextProblemButton } from "./next-problem-button";

/**
 * The section's findings; the only part of the page that re-renders on every
 * keystroke besides the cells. As GOV.UK's error summary: a section the clerk
 * has not started shows none while it is being filled in for the first time;
 * they appear once the clerk comes back to it, on the check page and on submit.
 */
function SectionFindings({ format, sectionId }: { format: FormatDef; sectionId: SectionId }) {
  const { store } = useEditor();
  const [startedOnArrival] = useState(() => {
    const s = store.getState();
    return sectionProgress(format, s.data, s.findings, s.inputErrors, sectionId).status !== "not_started";
  });
  const findings = useEditorSelector((s) => s.findings);
  const inputErrors = useEditorSelector((s) => s.inputErrors);
  const own = useMemo(() => findingsOfSection(format, findings, sectionId), [format, findings, sectionId]);
  const ownInputErrors = useMemo(() => {
    const byId = formatCells(format).byId;
    return Object.entries(inputErrors)
      .filter(([id]) => byId.get(id)?.sectionId === sectionId)
      .map(([id, message]) => ({ target: id, message: `${byId.get(id)!.label}：${message}` }));
  }, [format, inputErrors, sectionId]);
  if (!startedOnArrival) return null;
  return (
    <>
      <FindingsList title="本部分需要处理的问题" findings={own} inputErrors={ownInputErrors} />
      <NextProblemButton targets={[...ownInputErrors.map((e) => e.target), ...own.flatMap((f) => f.cells)]} />
    </>
  );
}

/** The table never re-renders as a whole: each cell subscribes to its own value. */
const SectionTable = memo(function SectionTable({
  format,
  section,
}: {
  format: FormatDef;
  section: SectionDef;
}) {
  const layout = section.tableId && section.tableId !== "STAT" ? tableLayout(format, section.tableId) : null;
  if (!layout) return null;
  // Sticky row labels: on a phone the numbers scroll while the clerk still sees which row they are in.
  return (
    <StatutoryTable
      layout={layout}
      caption={section.heading}
      stickyLabels
      renderValue={(c) => <CellInput cell={c.cell} />}
      renderRowLabel={(header, row) => (
        <CommentAnchor
          target={rowTargetId(layout.tableId, row.key)}
          label={header.label}
          className="text-left"
        >
          {header.label}
        </CommentAnchor>
      )}
    />
  );
});

export function SectionEditor({ sectionId }: { sectionId: SectionId }) {
  const { store, meta } = useEditor();
  const format = store.format;
  const sections = format.sections;
  const index = sections.findIndex((s) => s.id === sectionId);
  const section = sections[index]!;
  const threads = useCommentThreads().filter(
    (t) => t.target && sectionOfCommentTarget(format, t.target) === sectionId,
  );
  const next = sections[index + 1];

  return (
    <>
      <SectionFindings format={format} sectionId={sectionId} />
      {section.kind === "table" ? (
        <>
          <h1 className="mb-2 text-xl font-semibold">{section.heading}</h1>
          {meta.editable ? (
            <p className="mb-3 text-sm text-slate-700">
              没有的填 0，不要留空或填“-”。合计栏自动计算。方向键在格间移动，Enter
              移到下一行；可从电子表格复制整行（含行名）粘贴。
            </p>
          ) : null}
          <SectionTable format={format} section={section} />
          {meta.countyReference ? (
            <CountyReferenceTable format={format} section={section} reference={meta.countyReference} />
          ) : null}
        </>
      ) : (
        <NarrativeField section={section as typeof section & { id: "s1" | "s5" | "s6" }} />
      )}
      {threads.length > 0 ? (
        <section
          aria-labelledby="section-comments"
          className="mt-6 rounded border border-amber-600 bg-amber-50 p-4"
        >
          <h2 id="section-comments" className="mb-2 font-semibold">
            审核人的批注
          </h2>
          <CommentThreads threads={threads} reportId={meta.reportId} />
        </section>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <Link
          href={next ? `${meta.basePath}/${next.id}` : `${meta.basePath}/check`}
          className="rounded bg-gov-600 px-5 py-2 font-medium text-white hover:bg-gov-700"
        >
          {next ? `继续：${next.heading}` : "继续：检查并提交"}
        </Link>
        <Link href={meta.basePath} className="rounded border border-slate-500 px-5 py-2 hover:bg-slate-100">
          返回填报概览
        </Link>
      </div>
    </>
  );
}
