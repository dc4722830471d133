import type { Role } from "@/lib/authz/roles";
import type { FormatDef } from "@/lib/format/types";
import { commentTargetLabel } from "./comment-targets";
import type { CommentThread } from "./list-comments";

export type ThreadView = CommentThread & { targetLabel: string; canResolve: boolean };

const COUNTY_ROLES: readonly string[] = ["reviewer", "admin"];

/**
 * A reviewer's (or admin's) comment is a request to the filing unit: only the
 * county side may declare it settled. The clerk answers by replying. A
 * clerk's own comment may be resolved by either side.
 */
export function canResolveThread(actorRole: Role, openerRole: string): boolean {
  return COUNTY_ROLES.includes(actorRole) || !COUNTY_ROLES.includes(openerRole);
}

/** Threads as one viewer sees them: a readable anchor and whether they may resolve it. */
export function threadViews(
  format: FormatDef,
  threads: readonly CommentThread[],
  viewerRole: Role,
): ThreadView[] {
  return threads.map((t) => ({
    ...t,
    targetLabel: commentTargetLabel(format, t.target),
    canResolve: canResolveThread(viewerRole, t.messages[0]?.authorRole ?? ""),
  }));
}
