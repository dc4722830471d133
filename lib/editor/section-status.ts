import type { Finding } from "@/lib/checks/types";
import { formatCells } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import type { GovReportData } from "@/lib/format/report-data";
import type { FormatDef, SectionId } from "@/lib/format/types";
import { findingsOfSection } from "./editor-store";

export type SectionStatus = "not_started" | "in_progress" | "has_errors" | "complete";

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  not_started: "未开始",
  in_progress: "填写中",
  has_errors: "有错误",
  complete: "已完成",
};

/** Blank-cell findings mean "not finished yet" rather than "wrong". */
const INCOMPLETE_IDS = new Set(["V-01", "S-01"]);

export interface SectionProgress {
  status: SectionStatus;
  errors: number;
  warnings: number;
  findings: Finding[];
}

/** A task-list row: derived from the data and the findings, never stored. */
export function sectionProgress(
  format: FormatDef,
  data: GovReportData,
  findings: readonly Finding[],
  inputErrors: Readonly<Record<string, string>>,
  section: SectionId,
): SectionProgress {
  const own = findingsOfSection(format, findings, section);
  const errors = own.filter((f) => f.severity === "error");
  const warnings = own.filter((f) => f.severity === "warning").length;
  const computed = new Set(format.sums.map((s) => s.target));
  const inputs = formatCells(format).all.filter((c) => c.sectionId === section && !computed.has(c.id));
  const badInput = inputs.some((c) => inputErrors[c.id]);

  let started: boolean;
  let filled: boolean;
  if (inputs.length > 0) {
    const values = inputs.map((c) => readNumber(data, c));
    started = badInput || values.some((v) => v !== null);
    filled = values.every((v) => v !== null);
  } else {
    const text = (data.narratives as unknown as Record<string, string | undefined>)[section] ?? "";
    started = text.trim() !== "";
    filled = started;
  }

  const blocking = errors.filter((f) => !INCOMPLETE_IDS.has(f.id));
  let status: SectionStatus;
  if (!started) status = "not_started";
  else if (badInput || blocking.length > 0) status = "has_errors";
  else if (!filled) status = "in_progress";
  else status = errors.length > 0 ? "has_errors" : "complete";
  return { status, errors: errors.length + (badInput ? 1 : 0), warnings, findings: own };
}
