"use client";
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/actions/action-result";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

/** A server-action form that shows the action's outcome (and a one-time secret) in a live region. */
export function ActionForm({
  action,
  submitLabel,
  children,
  className,
  compact,
}: {
  action: Action;
  submitLabel: string;
  children?: ReactNode;
  className?: string;
  compact?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const message = state ? (state.ok ? state.data.message : state.message) : "";
  const secret = state?.ok ? state.data.secret : undefined;
  // Every field's problem at once (not only the first), as an error summary does.
  const problems =
    state && !state.ok
      ? [...new Set(Object.values(state.fieldErrors ?? {}))].filter((m) => m !== message)
      : [];
  return (
    <form action={formAction} className={className}>
      {children}
      <button
        type="submit"
        disabled={pending}
        className={
          compact
            ? "rounded border border-gov-600 px-2 py-1 text-sm text-gov-700 hover:bg-gov-50"
            : "mt-3 rounded bg-gov-600 px-4 py-2 text-white hover:bg-gov-700 disabled:opacity-60"
        }
      >
        {submitLabel}
      </button>
      <div role="status" aria-live="polite">
        {message ? (
          <p className={`mt-2 text-sm ${state?.ok ? "text-green-800" : "font-medium text-seal-700"}`}>
            {message}
            {secret ? (
              <code data-testid="one-time-password" className="ml-1 rounded bg-slate-100 px-2 py-1 text-base">
                {secret}
              </code>
            ) : null}
          </p>
        ) : null}
        {problems.length > 0 ? (
          <ul className="mt-1 list-disc pl-5 text-sm font-medium text-seal-700">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
