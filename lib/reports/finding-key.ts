import type { Finding } from "@/lib/checks/types";

/** Stable key of a finding within one report: the warning explanations are stored under it. */
export function findingKey(f: Pick<Finding, "id" | "cells">): string {
  return `${f.id}@${f.cells.join(",")}`;
}

export function countBySeverity(findings: readonly Finding[]) {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else notices++;
  }
  return { errors, warnings, notices };
}
