import type { Finding } from "@/lib/checks/types";
import type { ImportResult } from "./types";

/** `cli check`'s exit code: 2 not a readable report, 1 any error finding, 0 otherwise. */
export function exitCodeOf(result: ImportResult, findings: readonly Finding[]): 0 | 1 | 2 {
  if (!result.ok) return 2;
  return findings.some((finding) => finding.severity === "error") ? 1 : 0;
}
