import { FORMAT_IDS, getFormat } from "@/lib/format";
import type { FormatDef, HeaderNode } from "@/lib/format/types";
import { labelKey } from "./label-key";

function treeLabels(nodes: readonly HeaderNode[]): string[] {
  return nodes.flatMap((node) => [node.label, ...(node.aliases ?? []), ...treeLabels(node.children ?? [])]);
}

/** Every label a format prints in its tables (titles, headers, rows) and every import alias, as printed. */
export function formatLabels(format: FormatDef): string[] {
  const labels: string[] = [];
  for (const table of format.tables) {
    if (table.layout === "blocks") {
      for (const block of table.blocks) {
        labels.push(block.title, block.rowHeader);
        for (const column of block.columns) labels.push(column.label, ...(column.aliases ?? []));
        for (const row of block.rows) labels.push(row.label, ...(row.aliases ?? []));
      }
    } else if (table.layout === "grid") {
      if (table.corner) labels.push(table.corner);
      labels.push(...treeLabels(table.rows), ...treeLabels(table.columns));
    } else {
      labels.push(...table.columns);
    }
  }
  return labels;
}

/** The same labels as comparable keys. */
export function formatLabelKeys(format: FormatDef): Set<string> {
  return new Set(formatLabels(format).map(labelKey));
}

let distinctiveCache: Map<FormatDef, Set<string>> | null = null;

/**
 * Labels only one format has: the evidence for telling formats apart. Derived
 * from the definitions, so a new format or alias needs no code here.
 */
export function distinctiveLabelKeys(): Map<FormatDef, Set<string>> {
  if (distinctiveCache) return distinctiveCache;
  const formats = FORMAT_IDS.map(getFormat);
  const all = new Map(formats.map((format) => [format, formatLabelKeys(format)]));
  distinctiveCache = new Map(
    formats.map((format) => {
      const others = formats
        .filter((other) => other !== format)
        .map((other) => all.get(other) ?? new Set<string>());
      const own = [...(all.get(format) ?? [])].filter((key) => !others.some((set) => set.has(key)));
      return [format, new Set(own)];
    }),
  );
  return distinctiveCache;
}
