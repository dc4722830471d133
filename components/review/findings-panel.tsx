import { findingValueText } from "@/lib/checks/finding-values";
import type { Finding } from "@/lib/checks/types";
import { findingKey } from "@/lib/reports/finding-key";

const LABEL = { error: "错误", warning: "警告", notice: "提示" } as const;

/** Every finding of the current content, with the clerk's explanation of each warning. */
export function FindingsPanel({
  findings,
  explanations,
}: {
  findings: readonly Finding[];
  explanations: Record<string, string>;
}) {
  if (findings.length === 0) return <p className="text-green-800">数据核验：未发现问题。</p>;
  return (
    <ul className="space-y-2">
      {findings.map((f, i) => {
        const explanation = explanations[findingKey(f)];
        return (
          <li
            key={`${f.id}-${i}`}
            className={`border-l-4 p-2 ${f.severity === "error" ? "border-seal-700 bg-red-50" : "border-amber-600 bg-amber-50"}`}
          >
            <p>
              <span className="mr-2 text-xs font-semibold">
                [{LABEL[f.severity]} {f.id}]
              </span>
              {f.message}
              {findingValueText(f) ? (
                <span className="ml-2 text-sm text-slate-700">（{findingValueText(f)}）</span>
              ) : null}
            </p>
            {f.severity === "warning" ? (
              <p className="mt-1 text-sm">
                <strong>填报人说明：</strong>
                {explanation ? (
                  <span className="whitespace-pre-wrap">{explanation}</span>
                ) : (
                  <span className="text-slate-600">（提交时尚无此警告或未说明）</span>
                )}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
