import { WorkflowError } from "./workflow-error";

export const MAX_REASON_LENGTH = 2000;

/** A reason is part of the audit trail: required, and of a length a person wrote. */
export function requireReason(reason: string, what: string): string {
  const text = reason.trim();
  if (!text) throw new WorkflowError("invalid", `请填写${what}`);
  if (text.length > MAX_REASON_LENGTH) throw new WorkflowError("invalid", `${what}不能超过 ${MAX_REASON_LENGTH} 字`);
  return text;
}

export interface TransitionActor {
  reportId: string;
  actorId: string;
  now: Date;
}
