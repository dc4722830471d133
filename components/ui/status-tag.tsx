import { STATUS_LABELS, type ReportStatus } from "@/lib/workflow/status";

const TONE: Record<ReportStatus | "not_started", string> = {
  not_started: "bg-slate-100 text-slate-800",
  draft: "bg-amber-100 text-amber-900",
  submitted: "bg-blue-100 text-blue-900",
  returned: "bg-red-100 text-red-900",
  approved: "bg-teal-100 text-teal-900",
  published: "bg-green-100 text-green-900",
  correcting: "bg-purple-100 text-purple-900",
};

export function StatusTag({ status }: { status: ReportStatus | "not_started" }) {
  return (
    <strong className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>
      {STATUS_LABELS[status]}
    </strong>
  );
}
