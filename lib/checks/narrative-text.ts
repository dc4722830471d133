import type { ReportData } from "../format/report-data";
import type { SectionId } from "../format/types";

/** A narrative's text; anything that is not a string (unvalidated import) reads as empty. */
export function narrativeText(data: ReportData, id: SectionId): string {
  const narratives: Partial<Record<SectionId, unknown>> = data.narratives;
  const text = narratives[id];
  return typeof text === "string" ? text : "";
}

/** Whitespace never matters when looking for words in Chinese prose. */
export function compact(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Labels of the keyword groups none of whose keywords occur in the text, in definition order. */
export function missingLabels(
  text: string,
  groups: readonly { label: string; keywords: string[] }[],
): string[] {
  const haystack = compact(text);
  return groups
    .filter((group) => !group.keywords.some((word) => haystack.includes(word)))
    .map((group) => group.label);
}

/** "甲、乙和丙": how Chinese lists the last of several items. */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`;
}
