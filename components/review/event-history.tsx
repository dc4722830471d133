import { ROLE_LABELS, type Role } from "@/lib/authz/roles";
import { ACTION_LABELS, type ReportAction } from "@/lib/workflow/report-event";
import { STATUS_LABELS, type ReportStatus } from "@/lib/workflow/status";
import { ColumnHeadings } from "@/components/ui/column-headings";

interface EventRow {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  createdAt: Date;
  payload: unknown;
  /** The actor as named, and their role, when the event happened. */
  actorName: string | null;
  actorRole: string | null;
}

function why(payload: unknown): string | null {
  if (payload && typeof payload === "object" && "reason" in payload && typeof payload.reason === "string")
    return payload.reason;
  return null;
}

function actorLabel(e: EventRow): string {
  if (e.actorName === null) return "系统";
  const role = e.actorRole && e.actorRole in ROLE_LABELS ? ROLE_LABELS[e.actorRole as Role] : null;
  return role ? `${e.actorName}（${role}）` : e.actorName;
}

const label = (s: string | null) => (s && s in STATUS_LABELS ? STATUS_LABELS[s as ReportStatus] : "—");
const when = (d: Date) => d.toLocaleString("zh-CN", { hour12: false, timeZone: "Asia/Shanghai" });

/** The audit trail: who did what, when and why. */
export function EventHistory({ events }: { events: readonly EventRow[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">操作记录</caption>
      <ColumnHeadings labels={["时间", "操作人", "操作", "状态", "原因"]} />
      <tbody>
        {events.map((e) => (
          <tr key={e.id} className="border-b border-slate-200 align-top">
            <td className="whitespace-nowrap p-2">{when(e.createdAt)}</td>
            <td className="p-2">{actorLabel(e)}</td>
            <th scope="row" className="p-2 font-normal">
              {ACTION_LABELS[e.action as ReportAction] ?? e.action}
            </th>
            <td className="p-2">
              {e.fromStatus === e.toStatus
                ? label(e.toStatus)
                : `${label(e.fromStatus)} → ${label(e.toStatus)}`}
            </td>
            <td className="whitespace-pre-wrap p-2">{why(e.payload) ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
