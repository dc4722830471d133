import "server-only";
import type { z } from "@/lib/validation/zod";
import { getSessionAccount } from "@/lib/authz/current-user";
import { db } from "@/lib/db/client";
import type { ActionResult } from "./action-result";
import { executeAction, type ActionSpec } from "./define-action";
import { formInput } from "./form-input";

/**
 * Runs a declared action for this request's session (server actions only).
 * `afterSuccess` is for what only the app layer can do: cache invalidation.
 */
export async function performAction<S extends z.ZodType, T>(
  spec: ActionSpec<S, T>,
  raw: unknown,
  afterSuccess?: (data: T) => void | Promise<void>,
): Promise<ActionResult<T>> {
  const input = raw instanceof FormData ? formInput(raw) : raw;
  const result = await executeAction(spec, { user: await getSessionAccount(), db, now: new Date() }, input);
  if (result.ok && afterSuccess) await afterSuccess(result.data);
  return result;
}
