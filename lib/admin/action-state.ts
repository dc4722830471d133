/** What an admin form shows after its server action ran. */
export interface ActionState {
  ok: boolean;
  message: string;
  /** A one-time password, shown once and never stored in clear. */
  secret?: string;
}

export const IDLE: ActionState = { ok: true, message: "" };

export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && value !== "") out[key] = value;
  return out;
}
