import { ActionForm } from "@/components/form/action-form";
import {
  approveReportAction,
  publishReportAction,
  returnReportAction,
  startCorrectionAction,
} from "@/app/(staff)/review/[county]/[filingUnit]/[year]/actions";
import type { PublicationPreview } from "@/lib/review/publication-preview";
import type { ReportStatus } from "@/lib/workflow/status";
import { ConfirmPublishForm } from "./confirm-publish-form";

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

/** What the reviewer can do with the report in its current state. */
export function ReviewActions({
  reportId,
  status,
  approvalPublishes,
  preview,
}: {
  reportId: string;
  status: ReportStatus;
  approvalPublishes: boolean;
  preview: PublicationPreview;
}) {
  const hidden = <input type="hidden" name="reportId" value={reportId} />;
  if (status === "submitted") {
    return (
      <div className="grid gap-6 md:grid-cols-2">
        {approvalPublishes ? (
          <ConfirmPublishForm action={approveReportAction} submitLabel="审核通过并公开" preview={preview}>
            {hidden}
            <p className="text-sm text-slate-700">本县设置为审核通过即公开。</p>
          </ConfirmPublishForm>
        ) : (
          <ActionForm action={approveReportAction} submitLabel="审核通过">
            {hidden}
            <p className="text-sm text-slate-700">审核通过后，再点击“公开”发布到公开栏目。</p>
          </ActionForm>
        )}
        <ActionForm action={returnReportAction} submitLabel="退回">
          {hidden}
          <ReasonField id="return-reason" label="退回原因" hint="填报人会在填报页面看到退回原因" />
        </ActionForm>
      </div>
    );
  }
  if (status === "approved") {
    return (
      <ConfirmPublishForm action={publishReportAction} submitLabel="公开" preview={preview}>
        {hidden}
        <p className="text-sm text-slate-700">
          公开后，报告及其数据将出现在公开栏目，之后只能通过“更正”修改。
        </p>
      </ConfirmPublishForm>
    );
  }
  if (status === "published") {
    return (
      <ActionForm action={startCorrectionAction} submitLabel="发起更正">
        {hidden}
        <ReasonField
          id="correction-reason"
          label="更正原因"
          hint="更正期间公众仍看到已公开的版本；更正公开后显示“已更正”及日期"
        />
      </ActionForm>
    );
  }
  return <p className="text-slate-700">当前状态下没有需要审核的操作。</p>;
}
