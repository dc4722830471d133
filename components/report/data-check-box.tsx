import type { Finding, Severity } from "@/lib/checks/types";

const SEVERITY_LABELS: Record<Severity, string> = { error: "错误", warning: "警告", notice: "提示" };
const SEVERITY_TONES: Record<Severity, string> = {
  error: "bg-red-100 text-red-900",
  warning: "bg-amber-100 text-amber-900",
  notice: "bg-slate-200 text-slate-900",
};

/**
 * 数据核验: what the system's checks (勾稽关系 and more) found when this
 * revision was published, stated plainly, including problems that were
 * published anyway. Nothing is recomputed: it is the record of publication.
 */
export function DataCheckBox({
  findings,
  publishedAt,
}: {
  findings: readonly Finding[];
  publishedAt: string | null;
}) {
  // An imported revision whose source gives no date: say nothing rather than a date it never had.
  const when = publishedAt ? `于${publishedAt}` : "";
  const counts = (["error", "warning", "notice"] as const)
    .map((severity) => ({ severity, n: findings.filter((f) => f.severity === severity).length }))
    .filter((c) => c.n > 0);
  return (
    <section
      aria-labelledby="data-check-heading"
      className="data-check-box mt-6 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="data-check-heading" className="text-lg font-semibold">
        数据核验
      </h2>
      {findings.length === 0 ? (
        <p className="mt-2">本版本{when}公开时，系统核验（表内勾稽关系、必填内容等）未发现问题。</p>
      ) : (
        <>
          <p className="mt-2">
            本版本{when}公开时，系统核验发现
            {counts.map((c) => `${c.n}项${SEVERITY_LABELS[c.severity]}`).join("、")}
            ，如实列出如下：
          </p>
          <ul className="mt-2 space-y-2">
            {findings.map((f, i) => (
              <li key={`${f.id}-${i}`} className="flex flex-wrap items-baseline gap-2">
                <strong className={`rounded px-2 py-0.5 text-sm font-medium ${SEVERITY_TONES[f.severity]}`}>
                  {SEVERITY_LABELS[f.severity]}
                </strong>
                <span className="font-mono text-sm text-slate-700">{f.id}</span>
                <span>{f.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
