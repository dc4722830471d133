"use client";
import { findingValueText } from "@/lib/checks/finding-values";
import type { Finding } from "@/lib/checks/types";

const SEVERITY_LABEL = { error: "错误", warning: "警告", notice: "提示" } as const;

function focusTarget(target: string) {
  const el = document.getElementById(target);
  if (!el) return false;
  el.focus();
  el.scrollIntoView({ block: "center" });
  return true;
}

/**
 * Findings as an error summary: each links to (and focuses) the first cell or
 * field it names. `hrefFor` maps a target to a page when it lives elsewhere.
 */
export function FindingsList({
  findings,
  title,
  hrefFor,
  inputErrors = [],
}: {
  findings: readonly Finding[];
  title: string;
  hrefFor?: (target: string) => string | null;
  inputErrors?: { target: string; message: string }[];
}) {
  if (findings.length === 0 && inputErrors.length === 0) return null;
  const hasErrors = inputErrors.length > 0 || findings.some((f) => f.severity === "error");
  return (
    <div
      role="region"
      aria-labelledby="findings-title"
      data-testid="findings"
      className={`mb-6 border-4 bg-white p-4 ${hasErrors ? "border-seal-700" : "border-amber-600"}`}
    >
      <h2
        id="findings-title"
        className={`text-lg font-semibold ${hasErrors ? "text-seal-700" : "text-amber-900"}`}
      >
        {title}
      </h2>
      <ul className="mt-2 space-y-1" aria-live="polite">
        {inputErrors.map((e) => (
          <li key={`input-${e.target}`}>
            <a
              href={`#${e.target}`}
              className="text-seal-700 underline"
              onClick={(ev) => focusTarget(e.target) && ev.preventDefault()}
            >
              {e.message}
            </a>
          </li>
        ))}
        {findings.map((f, i) => {
          const target = f.cells[0] ?? "";
          const page = hrefFor?.(target) ?? null;
          return (
            <li key={`${f.id}-${i}`} data-finding={f.id}>
              <span
                className={`mr-2 text-xs font-semibold ${f.severity === "error" ? "text-seal-700" : "text-amber-900"}`}
              >
                [{SEVERITY_LABEL[f.severity]} {f.id}]
              </span>
              <a
                href={page ?? `#${target}`}
                className={f.severity === "error" ? "text-seal-700 underline" : "text-amber-900 underline"}
                onClick={(ev) => {
                  if (!page && focusTarget(target)) ev.preventDefault();
                }}
              >
                {f.message}
              </a>
              {findingValueText(f) ? (
                <span className="ml-2 text-sm text-slate-600">（{findingValueText(f)}）</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
