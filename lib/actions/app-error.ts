/**
 * The one refusal of the app's write path. Domain functions throw it; the
 * action wrapper turns it into the coded result a form shows. `message` is
 * Chinese and shown as is.
 */
export const APP_ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not-found",
  "invalid",
  "conflict",
  "too-large",
  "rate-limited",
  "unavailable",
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface AppErrorOptions {
  /** Messages per input field (dotted path), for the form to show beside each field. */
  fieldErrors?: Record<string, string>;
  /** Plain data the caller may need to recover (e.g. the server copy on a version conflict). */
  detail?: unknown;
}

export class AppError extends Error {
  readonly fieldErrors?: Record<string, string>;
  readonly detail?: unknown;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = "AppError";
    this.fieldErrors = options.fieldErrors;
    this.detail = options.detail;
  }
}
