import { formatCells } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import type { GovReportData } from "@/lib/format/report-data";
import type { FormatDef } from "@/lib/format/types";

export interface DataDifference {
  /** Cell id or section id. */
  target: string;
  label: string;
  a: string;
  b: string;
}

export const NARRATIVE_SECTIONS = ["s1", "s5", "s6"] as const;

/** A narrative's label is its section heading, from the format definition. */
export function narrativeLabel(format: FormatDef, id: (typeof NARRATIVE_SECTIONS)[number]): string {
  return format.sections.find((s) => s.id === id)?.heading ?? id;
}

function shown(value: number | null): string {
  return value === null ? "（空）" : String(value);
}

/** Every cell and narrative where two versions of a report differ, in form order. */
export function diffReportData(format: FormatDef, a: GovReportData, b: GovReportData): DataDifference[] {
  const out: DataDifference[] = [];
  for (const key of NARRATIVE_SECTIONS) {
    const x = a.narratives[key] ?? "";
    const y = b.narratives[key] ?? "";
    if (x !== y) out.push({ target: key, label: narrativeLabel(format, key), a: x, b: y });
  }
  const computed = new Set(format.sums.map((s) => s.target));
  for (const cell of formatCells(format).all) {
    if (computed.has(cell.id)) continue;
    const x = readNumber(a, cell);
    const y = readNumber(b, cell);
    if (x !== y) out.push({ target: cell.id, label: cell.label, a: shown(x), b: shown(y) });
  }
  const order = (t: string) => (t.startsWith("s") ? Number(t[1]) * 1000 : 0);
  return out.sort((p, q) => order(p.target) - order(q.target));
}
