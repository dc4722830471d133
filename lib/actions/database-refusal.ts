import { AppError } from "./app-error";

/**
 * Refusals the database itself makes (Prisma's known request errors), as the
 * app's coded refusal. The same on SQLite and PostgreSQL: both clients report
 * these codes. Anything else is not a refusal of the input and is rethrown.
 */
const REFUSALS: Record<string, () => AppError> = {
  // Unique constraint: a code, username or (filing unit, year) already taken.
  P2002: () => new AppError("conflict", "该代码或名称已被使用，请换一个"),
  // Foreign key: the county, filing unit or report referred to does not exist (any more).
  P2003: () => new AppError("not-found", "所选的县区、填报单位或报告不存在，请刷新后重试"),
  // A record to update or connect is gone.
  P2025: () => new AppError("not-found", "要修改的记录不存在，请刷新后重试"),
  // A value longer than its column.
  P2000: () => new AppError("too-large", "输入内容过长"),
};

export function databaseRefusal(error: unknown): AppError | null {
  if (!error || typeof error !== "object" || !("code" in error) || typeof error.code !== "string")
    return null;
  return REFUSALS[error.code]?.() ?? null;
}
