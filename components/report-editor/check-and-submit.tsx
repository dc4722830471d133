"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "@/lib/validation/zod";
import { submitReportAction } from "@/app/(staff)/fill/[county]/[filingUnit]/[year]/actions";
import { sectionOfTarget } from "@/lib/editor/section-of-target";
import { findingKey } from "@/lib/reports/finding-key";
import type { ReportStatus } from "@/lib/workflow/status";
import { transitionRefusal } from "@/lib/workflow/transition-refusal";
import { TRANSITIONS } from "@/lib/workflow/transitions";
import { useEditor, useEditorSelector } from "./editor-context";
import { FindingsList } from "./findings-list";
import { WithdrawPanel } from "./withdraw-panel";

const MAX = 500;

/** Why the check page offers no submit, as the workflow refuses it (a published report is not "under review"). */
function notSubmittable(status: ReportStatus): string {
  return `${transitionRefusal("submit", { status, reviewOpenedAt: null })?.message ?? ""}。`;
}

/** The check-answers page: every finding, an explanation per warning, then submit. */
export function CheckAndSubmit() {
  const { store, meta } = useEditor();
  const router = useRouter();
  const findings = useEditorSelector((s) => s.findings);
  const inputErrorCount = useEditorSelector((s) => Object.keys(s.inputErrors).length);
  const save = useEditorSelector((s) => s.save);
  const version = useEditorSelector((s) => s.baseVersion);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);

  const errors = findings.filter((f) => f.severity === "error");
  const warnings = useMemo(() => findings.filter((f) => f.severity === "warning"), [findings]);
  const schema = useMemo(
    () =>
      z.object(
        Object.fromEntries(
          // Field names are positional: finding keys contain dots, which form libraries read as paths.
          warnings.map((w, i) => [
            `w${i}`,
            z.string().trim().min(1, `请说明：${w.message}`).max(MAX, `说明不能超过 ${MAX} 字`),
          ]),
        ),
      ),
    [warnings],
  );
  const {
    register,
    handleSubmit,
    formState: { errors: formErrors, isSubmitting },
  } = useForm<Record<string, string>>({ resolver: zodResolver(schema) });

  const hrefFor = (target: string) => {
    const section = sectionOfTarget(store.format, target);
    return section ? `${meta.basePath}/${section}#${target}` : null;
  };

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const explanations = Object.fromEntries(warnings.map((w, i) => [findingKey(w), values[`w${i}`] ?? ""]));
    const result = await submitReportAction({ reportId: meta.reportId, version, explanations });
    if (result.ok) {
      // The editor continues from the submitted version (a withdrawal names it).
      store.rebase(result.data.version);
      setOutcome({ ok: true, message: "报告已提交审核。审核期间不能修改，审核结果会在本页显示。" });
      router.refresh();
    } else {
      setOutcome({ ok: false, message: result.message });
    }
  });

  // Same key in both branches: the panel keeps its outcome when a withdrawal makes the report editable.
  const withdraw = <WithdrawPanel key="withdraw" />;
  if (!meta.editable) {
    return (
      <>
        <h1 className="text-2xl font-semibold">检查并提交</h1>
        {withdraw}
        {outcome?.ok ? (
          <div role="status" className="mt-4 border-l-4 border-green-700 bg-green-50 p-4 font-medium">
            {outcome.message}
          </div>
        ) : (
          <p className="mt-4">{notSubmittable(meta.status)}</p>
        )}
      </>
    );
  }

  const blocked = errors.length + inputErrorCount > 0;
  const pendingSave = save.state !== "saved";
  return (
    <>
      <h1 className="text-2xl font-semibold">检查并提交</h1>
      {withdraw}
      <p className="mt-2 text-slate-700">
        {blocked
          ? `还有 ${errors.length + inputErrorCount} 个错误，改正后才能提交。`
          : warnings.length > 0
            ? `没有错误。有 ${warnings.length} 个警告，请逐条说明原因，说明将随报告提交给审核人。`
            : "没有发现问题，可以提交。"}
      </p>
      <div className="mt-4">
        <FindingsList title="错误（必须改正）" findings={errors} hrefFor={hrefFor} />
      </div>
      {outcome && !outcome.ok ? (
        <div role="alert" className="mb-4 border-4 border-seal-700 bg-white p-4 font-medium text-seal-700">
          {outcome.message}
        </div>
      ) : null}
      <form onSubmit={onSubmit} noValidate>
        {!blocked && warnings.length > 0 ? (
          <fieldset className="space-y-4">
            <legend className="text-lg font-semibold">警告说明</legend>
            {warnings.map((w, i) => {
              const key = `w${i}`;
              const error = formErrors[key]?.message;
              return (
                <div key={findingKey(w)} className="rounded border border-amber-600 bg-amber-50 p-3">
                  <label htmlFor={`explain-${i}`} className="block">
                    <span className="mr-2 text-xs font-semibold text-amber-900">[警告 {w.id}]</span>
                    {w.message}
                  </label>
                  {error ? (
                    <p id={`explain-${i}-error`} className="text-sm font-medium text-seal-700">
                      {String(error)}
                    </p>
                  ) : null}
                  <textarea
                    id={`explain-${i}`}
                    rows={2}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `explain-${i}-error` : undefined}
                    className="mt-2 block w-full rounded border border-slate-500 bg-white p-2"
                    {...register(key)}
                  />
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <button
          type="submit"
          disabled={blocked || pendingSave || isSubmitting}
          className="mt-6 rounded bg-gov-600 px-6 py-2 font-medium text-white hover:bg-gov-700 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {isSubmitting ? "正在提交…" : TRANSITIONS.submit.label}
        </button>
        {pendingSave && !blocked ? (
          <p className="mt-2 text-sm text-slate-700">正在保存最新修改，保存后即可提交。</p>
        ) : null}
      </form>
    </>
  );
}
