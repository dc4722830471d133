import type { Finding } from "./types";

/**
 * The values a finding compares, as one line of Chinese: "填报值 3，应为 5",
 * or just "填报值 -3" when the rule names no expected value; null when the
 * finding carries no value (a list of blank cells, a missing section).
 */
export function findingValueText(finding: Pick<Finding, "reported" | "computed">): string | null {
  const shown = (value: number | string | null) => (value === null ? "空" : String(value));
  if (finding.reported === undefined) return null;
  if (finding.computed === undefined) return `填报值 ${shown(finding.reported)}`;
  return `填报值 ${shown(finding.reported)}，应为 ${shown(finding.computed)}`;
}
