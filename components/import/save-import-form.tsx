"use client";
import { useActionState } from "react";
import { saveImportAction } from "@/app/(staff)/admin/import/actions";
import type { ImportPreview } from "@/lib/import/import-action-state";

/** Confirms the previewed import; the server reads the source again rather than trusting the preview. */
export function SaveImportForm({ preview }: { preview: ImportPreview }) {
  const [state, action, pending] = useActionState(saveImportAction, null);
  const saved = state?.ok === true;
  const message = state ? (state.ok ? state.data.message : state.message) : "";
  return (
    <form action={action} className="mt-4">
      <input type="hidden" name="filingUnitId" value={preview.filingUnit.id} />
      <input type="hidden" name="sourceKind" value={preview.source.kind} />
      <input type="hidden" name="sourceName" value={preview.source.name} />
      <input type="hidden" name="sourceContent" value={preview.source.content} />
      <input type="hidden" name="sourceDates" value={JSON.stringify(preview.source.dateCandidates ?? [])} />
      {preview.publishedOn === null && !preview.existing ? (
        <div className="mb-3">
          <label htmlFor="published-on" className="block font-medium">
            公开日期（原文未写明，如知道请填写）
          </label>
          <input
            id="published-on"
            name="publishedOn"
            type="text"
            inputMode="numeric"
            placeholder={`${preview.year + 1}-01-31`}
            aria-describedby="published-on-hint"
            className="mt-1 w-48 rounded border border-slate-400 px-2 py-1"
          />
          <p id="published-on-hint" className="mt-1 text-sm text-slate-700">
            按 {preview.year + 1}-01-31 或 {preview.year + 1}年1月31日
            填写；留空则记为“日期不详”，不按导入当天记录，也不作按时/逾期判断。
          </p>
        </div>
      ) : null}
      {preview.existing ? (
        <p className="font-medium text-seal-700">
          {preview.filingUnit.label}已有{preview.year}年度报告，不能再导入（导入不会覆盖已有报告）。
        </p>
      ) : (
        <button
          type="submit"
          disabled={pending || saved}
          className="rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700 disabled:opacity-60"
        >
          保存为{preview.year}年度历史报告
        </button>
      )}
      <div role="status" aria-live="polite">
        {message ? (
          <p className={`mt-2 ${saved ? "text-green-800" : "font-medium text-seal-700"}`}>{message}</p>
        ) : null}
      </div>
    </form>
  );
}
