import { AppError } from "@/lib/actions/app-error";
import { ruleOf, type TransitionId } from "./transitions";

export const MAX_REASON_LENGTH = 2000;

/** A reason is part of the audit trail: required by the step's rule, and of a length a person wrote. */
export function requireReason(reason: string, id: TransitionId): string {
  const what = ruleOf(id).reason ?? "原因";
  const text = reason.trim();
  if (!text) throw new AppError("invalid", `请填写${what}`);
  if (text.length > MAX_REASON_LENGTH)
    throw new AppError("invalid", `${what}不能超过 ${MAX_REASON_LENGTH} 字`);
  return text;
}

export interface TransitionActor {
  reportId: string;
  actorId: string;
  now: Date;
}
