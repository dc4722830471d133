"use client";
import { useEffect, useRef } from "react";

export interface SummaryItem {
  /** id of the field to focus, if any */
  fieldId?: string;
  message: string;
}

/** GOV.UK-style error summary: focused when it appears, links focus the field. */
export function ErrorSummary({ title = "请更正以下问题", items }: { title?: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [items]);
  if (!items.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-6 border-4 border-seal-700 bg-white p-4"
    >
      <h2 id="error-summary-title" className="text-lg font-semibold text-seal-700">
        {title}
      </h2>
      <ul className="mt-2 list-disc pl-5">
        {items.map((item, i) => (
          <li key={i}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                className="text-seal-700 underline"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId!)?.focus();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
