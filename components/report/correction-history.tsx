import Link from "next/link";
import { UNKNOWN_DATE_LABEL } from "@/lib/publications/china-date";
import type { PublicRevision } from "@/lib/publications/public-report-types";

/**
 * 更正记录: every published revision with its date and note; each one stays
 * reachable at its own URL, so a correction can never silently replace text.
 */
export function CorrectionHistory({
  revisions,
  shown,
  hrefOf,
}: {
  revisions: readonly PublicRevision[];
  shown: number;
  hrefOf: (revision: number) => string;
}) {
  if (revisions.length < 2) return null;
  return (
    <section
      aria-labelledby="corrections-heading"
      className="correction-history mt-6 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="corrections-heading" className="text-lg font-semibold">
        更正记录
      </h2>
      <ol className="mt-2 space-y-2">
        {revisions.map((r) => (
          <li key={r.revision}>
            <span className="font-medium">
              第{r.revision}版 · {r.revision === 1 ? "首次公开" : "更正"} ·{" "}
              {r.publishedAt ?? UNKNOWN_DATE_LABEL}
            </span>
            {r.correctionNote ? (
              <span className="block text-slate-700">更正说明：{r.correctionNote}</span>
            ) : null}
            {r.revision === shown ? (
              <span className="block text-sm text-slate-700">（当前显示此版本）</span>
            ) : (
              <Link
                prefetch={false}
                href={hrefOf(r.revision)}
                className="block text-sm text-gov-600 underline"
              >
                查看第{r.revision}版
              </Link>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
