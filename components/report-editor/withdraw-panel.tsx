"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { withdrawReportAction } from "@/app/(staff)/fill/[county]/[filingUnit]/[year]/actions";
import { STATUS_LABELS } from "@/lib/workflow/status";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useEditor, useEditorSelector } from "./editor-context";

type Outcome = { ok: boolean; message: string };

/**
 * 撤回 on the task list and the check page: shown while the transition table
 * allows it (submitted, not yet opened by a reviewer), asking for
 * confirmation; once a reviewer has opened the report, the reason it is gone.
 * It stays mounted through the refresh that follows, so its outcome stays on screen.
 */
export function WithdrawPanel() {
  const { store, meta } = useEditor();
  const router = useRouter();
  const version = useEditorSelector((s) => s.baseVersion);
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const step = meta.steps.find((s) => s.id === "withdraw");
  const blocked = meta.blockedSteps.find((s) => s.id === "withdraw");

  async function withdraw() {
    setPending(true);
    const result = await withdrawReportAction({ reportId: meta.reportId, version });
    setPending(false);
    dialog.current?.close();
    if (result.ok) {
      // The content is unchanged; the editor continues from the new version.
      store.rebase(result.data.version);
      setOutcome({
        ok: true,
        message: `报告已撤回，回到“${STATUS_LABELS[result.data.status]}”，可以修改后重新提交。`,
      });
    } else {
      setOutcome({ ok: false, message: result.message });
    }
    // Either way the page shows the report's state as it now is (a refused withdrawal: opened by a reviewer).
    router.refresh();
  }

  if (outcome?.ok)
    return (
      <div role="status" className="mt-4 border-l-4 border-green-700 bg-green-50 p-4 font-medium">
        {outcome.message}
      </div>
    );
  const refusal = outcome ? (
    <div role="alert" className="mt-4 border-4 border-seal-700 bg-white p-4 font-medium text-seal-700">
      {outcome.message}
    </div>
  ) : null;
  if (!step)
    return (
      <>
        {refusal}
        {blocked && !outcome ? (
          <p className="mt-4 rounded border border-slate-300 bg-slate-50 p-3 text-slate-800">
            {blocked.message}
          </p>
        ) : null}
      </>
    );
  return (
    <section aria-labelledby="withdraw-heading" className="mt-4 rounded border border-slate-300 bg-white p-4">
      <h2 id="withdraw-heading" className="font-semibold">
        {step.label}提交
      </h2>
      <p className="mt-1 text-slate-700">审核人打开报告之前，可以撤回后继续修改，再重新提交。</p>
      {refusal}
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="mt-3 rounded border border-gov-600 px-4 py-2 font-medium text-gov-700 hover:bg-gov-50"
      >
        {step.label}…
      </button>
      <ConfirmDialog
        dialog={dialog}
        titleId="withdraw-confirm-title"
        title={`确认${step.label}`}
        widthClass="w-[32rem]"
        confirm={{
          label: pending ? `正在${step.label}…` : `确认${step.label}`,
          pending,
          tone: "primary",
          type: "button",
          onClick: () => void withdraw(),
        }}
      >
        <p className="mt-2 text-slate-700">
          撤回后报告不再等待审核，可以修改后重新提交；审核人会收到撤回通知。撤回会记入操作记录。
        </p>
      </ConfirmDialog>
    </section>
  );
}
