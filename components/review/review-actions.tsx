import { ActionForm } from "@/components/form/action-form";
import {
  approveReportAction,
  publishReportAction,
  returnReportAction,
  startCorrectionAction,
} from "@/app/(staff)/review/[county]/[filingUnit]/[year]/actions";
import type { FormState } from "@/lib/actions/action-result";
import type { PublicationPreview } from "@/lib/review/publication-preview";
import { stepButtons, type ButtonId, type StepButton } from "@/lib/workflow/step-buttons";
import type { ReportState } from "@/lib/workflow/transition-refusal";
import { ConfirmPublishForm } from "./confirm-publish-form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** The server action behind each reviewer's step of the transition table. */
const ACTIONS: Record<ButtonId<"review">, Action> = {
  approve: approveReportAction,
  return: returnReportAction,
  publish: publishReportAction,
  start_correction: startCorrectionAction,
};

/** What each step's form says beside its button (and, for a reason, under the field's label). */
function noteOf(button: StepButton<"review">): string {
  switch (button.id) {
    case "approve":
      return button.publishes ? "本县设置为审核通过即公开。" : "审核通过后，再点击“公开”发布到公开栏目。";
    case "return":
      return "填报人会在填报页面看到退回原因";
    case "publish":
      return "公开后，报告及其数据将出现在公开栏目，之后只能通过“更正”修改。";
    case "start_correction":
      return "更正期间公众仍看到已公开的版本；更正公开后显示“已更正”及日期";
  }
}

function ReasonField({ id, label, hint }: { id: string; label: string; hint: string }) {
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <textarea
        id={id}
        name="reason"
        rows={3}
        aria-describedby={`${id}-hint`}
        className="mt-1 block w-full rounded border border-slate-500 p-2"
      />
    </div>
  );
}

function StepForm({
  reportId,
  button,
  preview,
}: {
  reportId: string;
  button: StepButton<"review">;
  preview: PublicationPreview;
}) {
  const action = ACTIONS[button.id];
  const body = (
    <>
      <input type="hidden" name="reportId" value={reportId} />
      {button.reason ? (
        <ReasonField id={`${button.id}-reason`} label={button.reason} hint={noteOf(button)} />
      ) : (
        <p className="text-sm text-slate-700">{noteOf(button)}</p>
      )}
    </>
  );
  return button.publishes ? (
    <ConfirmPublishForm action={action} submitLabel={button.label} preview={preview}>
      {body}
    </ConfirmPublishForm>
  ) : (
    <ActionForm action={action} submitLabel={button.label}>
      {body}
    </ActionForm>
  );
}

/** What the reviewer can do with the report in its current state: the table's steps for reviewers. */
export function ReviewActions({
  reportId,
  state,
  approvalPublishes,
  preview,
}: {
  reportId: string;
  state: ReportState;
  approvalPublishes: boolean;
  preview: PublicationPreview;
}) {
  const buttons = stepButtons("review", state, { approvalPublishes });
  if (buttons.length === 0) return <p className="text-slate-700">当前状态下没有需要审核的操作。</p>;
  return (
    <div className={buttons.length > 1 ? "grid gap-6 md:grid-cols-2" : undefined}>
      {buttons.map((button) => (
        <StepForm key={button.id} reportId={reportId} button={button} preview={preview} />
      ))}
    </div>
  );
}
