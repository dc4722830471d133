/**
 * A submitted form as plain input for an action's schema: empty fields are
 * absent (so optional fields stay optional), a repeated name becomes a list,
 * a chosen file stays a File. React's own fields ($ACTION_…) are left out.
 */
export function formInput(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string" ? value === "" : value.size === 0) continue;
    const previous = out[key];
    out[key] =
      previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return out;
}
