import { SECTION_STATUS_LABELS, type SectionStatus } from "@/lib/editor/section-status";

const TONE: Record<SectionStatus, string> = {
  not_started: "bg-slate-100 text-slate-800",
  in_progress: "bg-blue-100 text-blue-900",
  has_errors: "bg-red-100 text-red-900",
  complete: "bg-green-100 text-green-900",
};

export function SectionStatusTag({ status }: { status: SectionStatus }) {
  return (
    <strong className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>
      {SECTION_STATUS_LABELS[status]}
    </strong>
  );
}
