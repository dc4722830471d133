"use client";
import { useActionState } from "react";
import { remindFilingUnitsAction } from "@/app/(staff)/review/[county]/actions";

export interface RemindableFilingUnit {
  id: string;
  name: string;
  statusLabel: string;
  /** Beijing date of the last reminder, or null. */
  lastReminded: string | null;
  /** The unit's deadline when it is not the county's (the county government's 31 March), else null. */
  ownDeadline: string | null;
}

const button = "rounded border border-gov-600 px-3 py-1.5 text-gov-700 hover:bg-gov-50 disabled:opacity-60";

/**
 * 催办 from the dashboard: tick one or several filing units that have not
 * started, not submitted or were returned, or remind all of them at once.
 */
export function DashboardReminders({
  countyId,
  year,
  deadlineText,
  filingUnits,
}: {
  countyId: string;
  year: number;
  deadlineText: string;
  filingUnits: RemindableFilingUnit[];
}) {
  const [state, action, pending] = useActionState(remindFilingUnitsAction, null);
  const message = state ? (state.ok ? state.data.message : state.message) : "";
  const scope = (
    <>
      <input type="hidden" name="countyId" value={countyId} />
      <input type="hidden" name="year" value={year} />
    </>
  );
  return (
    <section aria-labelledby="remind-heading" className="rounded border border-slate-200 bg-white p-4">
      <h2 id="remind-heading" className="font-semibold">
        催办：{filingUnits.length} 个单位尚未提交
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        被催办单位的填报人会收到站内通知，写明该单位的公开截止日期（本县{deadlineText}）；催办记入操作记录。
      </p>
      <form action={action} className="mt-3">
        {scope}
        <fieldset>
          <legend className="sr-only">选择要催办的单位</legend>
          <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {filingUnits.map((t) => (
              <li key={t.id}>
                <label className="flex items-baseline gap-2">
                  <input type="checkbox" name="filingUnit" value={t.id} className="h-4 w-4" />
                  <span>
                    {t.name}
                    <span className="ml-1 text-sm text-slate-600">
                      {t.statusLabel} · {t.lastReminded ? `上次催办 ${t.lastReminded}` : "未催办"}
                      {t.ownDeadline ? ` · 截止 ${t.ownDeadline}` : ""}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" disabled={pending} className={button}>
            催办所选单位
          </button>
          <button
            type="submit"
            disabled={pending}
            className={button}
            formAction={(form) => {
              // All of them, whatever is ticked.
              form.delete("filingUnit");
              for (const t of filingUnits) form.append("filingUnit", t.id);
              return action(form);
            }}
          >
            全部催办（{filingUnits.length}）
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {message ? (
          <p className={`mt-2 text-sm ${state?.ok ? "text-green-800" : "font-medium text-seal-700"}`}>
            {message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
