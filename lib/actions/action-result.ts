import { AppError, type AppErrorCode } from "./app-error";
import { databaseOutage } from "./database-outage";
import { databaseRefusal } from "./database-refusal";

/** What every server action returns; plain data, it crosses the server-action boundary. */
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export interface ActionFailure {
  ok: false;
  code: AppErrorCode;
  /** Chinese, shown as is. */
  message: string;
  fieldErrors?: Record<string, string>;
  detail?: unknown;
}

/** What a form that only reports an outcome shows: a message, and once a one-time password. */
export interface Done {
  message: string;
  /** A one-time password, shown once and never stored in clear. */
  secret?: string;
}

/** A form's state before its first submission (null) and after each. */
export type FormState = ActionResult<Done> | null;

function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  return databaseRefusal(error) ?? databaseOutage(error);
}

/** The coded result for a refusal, or null for a fault that is nobody's input. */
export function refusalOf(error: unknown): ActionFailure | null {
  const app = asAppError(error);
  if (!app) return null;
  return {
    ok: false,
    code: app.code,
    message: app.message,
    ...(app.fieldErrors ? { fieldErrors: app.fieldErrors } : {}),
    ...(app.detail !== undefined ? { detail: app.detail } : {}),
  };
}
