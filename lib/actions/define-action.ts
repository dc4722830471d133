import type { z } from "@/lib/validation/zod";
import type { CurrentUser } from "@/lib/authz/current-user";
import { allows, type Need, type Place } from "@/lib/authz/place";
import type { Db } from "@/lib/db/client";
import { findInputProblem } from "@/lib/validation/unstorable-text";
import { AppError } from "./app-error";
import { refusalOf, type ActionFailure, type ActionResult } from "./action-result";

/** The signed-in account as the wrapper sees it: disabled accounts are still loaded, then refused. */
export type Actor = CurrentUser;

interface ActionContext<I> {
  user: Actor;
  input: I;
  db: Db;
  now: Date;
  /** The request's headers, for the few actions that call the auth library (null outside a request). */
  headers: Headers | null;
}

/**
 * One server action, declared: its input schema (from lib/, shared with the
 * form), what it needs of the user where it acts, and the one domain
 * function it calls. app/**\/actions.ts only adds cache invalidation.
 */
export interface ActionSpec<S extends z.ZodType, T> {
  /** Unique; names the action in the registry and in tests. */
  name: string;
  input: S;
  need: Need;
  /** Only the password change is open to a user who still has a one-time password. */
  allowPasswordChange?: boolean;
  /** Where the action acts, for the policy; required unless need is "self". Throws not-found for unknown ids. */
  place?: (input: z.output<S>, db: Db) => Promise<Place>;
  run: (ctx: ActionContext<z.output<S>>) => Promise<T>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds actions of every input and output
export type AnyActionSpec = ActionSpec<any, any>;

export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>): ActionSpec<S, T> {
  if (spec.need !== "self" && !spec.place)
    throw new Error(`${spec.name}: an action with need "${spec.need}" must say where it acts`);
  return spec;
}

export interface ActionEnv {
  user: Actor | null;
  db: Db;
  now: Date;
  headers?: Headers;
}

function gate(user: Actor | null, allowPasswordChange: boolean): Actor {
  if (!user) throw new AppError("unauthenticated", "登录已过期，请重新登录");
  if (user.disabled) throw new AppError("unauthenticated", "该账号已停用，请联系管理员");
  if (user.mustChangePassword && !allowPasswordChange)
    throw new AppError("forbidden", "请先修改一次性密码，再进行其他操作");
  return user;
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const problem = findInputProblem(raw);
  if (problem)
    throw new AppError(
      "invalid",
      problem.message,
      problem.path ? { fieldErrors: { [problem.path]: problem.message } } : {},
    );
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
  const first = parsed.error.issues[0]!;
  const code = parsed.error.issues.some((i) => i.code === "too_big") ? "too-large" : "invalid";
  throw new AppError(code, first.message, { fieldErrors });
}

/**
 * The one mutation path: account gates → input parse → policy → domain
 * function → one typed result. Refusals come back as coded results; only
 * faults that are not the caller's (a database outage, a bug) are thrown.
 */
export async function executeAction<S extends z.ZodType, T>(
  spec: ActionSpec<S, T>,
  env: ActionEnv,
  raw: unknown,
): Promise<ActionResult<T>> {
  try {
    const user = gate(env.user, spec.allowPasswordChange ?? false);
    const input = parse(spec.input, raw);
    if (spec.need !== "self") {
      const place = await spec.place!(input, env.db);
      if (!allows(user, spec.need, place)) throw new AppError("forbidden", "无权执行此操作");
    }
    const data = await spec.run({ user, input, db: env.db, now: env.now, headers: env.headers ?? null });
    return { ok: true, data };
  } catch (error) {
    const refusal: ActionFailure | null = refusalOf(error);
    if (refusal) return refusal;
    throw error;
  }
}
