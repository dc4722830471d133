import { deadlineStateLabel, type DeadlineState } from "@/lib/review/deadline-state";

const TONE: Record<DeadlineState["kind"], string> = {
  remaining: "text-slate-800",
  overdue: "bg-red-100 text-red-900",
  on_time: "bg-green-100 text-green-900",
  late: "bg-amber-100 text-amber-900",
  date_unknown: "bg-slate-100 text-slate-800",
  not_assessed: "text-slate-700",
};

/** 剩余N天 / 已逾期N天 / 按时公开 / 逾期公开, with the publication date where there is one. */
export function DashboardDeadlineTag({ state }: { state: DeadlineState }) {
  const detail =
    state.kind === "on_time" || state.kind === "late"
      ? `${state.publishedOn}${state.kind === "late" ? `，晚${state.days}天` : ""}`
      : null;
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm ${TONE[state.kind]}`}>
      {deadlineStateLabel(state)}
      {detail ? <span className="block text-xs">{detail}</span> : null}
    </span>
  );
}
