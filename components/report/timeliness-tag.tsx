import { TIMELINESS_LABELS, type Timeliness } from "@/lib/publications/timeliness";

const TONES: Record<Timeliness, string> = {
  on_time: "bg-green-100 text-green-900",
  late: "bg-amber-100 text-amber-900",
  not_published: "bg-slate-200 text-slate-900",
  date_unknown: "bg-slate-100 text-slate-800",
  not_assessed: "bg-slate-100 text-slate-800",
};

export function TimelinessTag({ status }: { status: Timeliness }) {
  return (
    <strong className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${TONES[status]}`}>
      {TIMELINESS_LABELS[status]}
    </strong>
  );
}
