import type { ReportData } from "../format/report-data";
import type { FormatDef, FormatId } from "../format/types";
import { applicationBalanceCheck } from "./application-balance";
import { blankCellsCheck } from "./blank-cells";
import { carryOverCheck } from "./carry-over";
import { cellValuesCheck } from "./cell-values";
import { declaredSumChecks } from "./declared-sums";
import { emptySectionsCheck } from "./empty-sections";
import { feeUnitCheck } from "./fee-unit";
import { formatYearCheck } from "./format-year";
import { narrativeNumbersCheck } from "./narrative-numbers";
import { orderFindings } from "./order-findings";
import { overviewTopicsCheck } from "./overview-topics";
import { processingFeeCheck } from "./processing-fee";
import { regulationsInForceCheck } from "./regulations-in-force";
import { repeatedTextCheck } from "./repeated-text";
import { rulesAtLocalLevelCheck } from "./rules-at-local-level";
import { statisticsPeriodCheck } from "./statistics-period";
import type { Check, CheckContext, Finding, Severity } from "./types";

/** Registry order is the order of findings within one section. */
const CHECKS: readonly Check[] = [
  formatYearCheck,
  statisticsPeriodCheck,
  emptySectionsCheck,
  overviewTopicsCheck,
  repeatedTextCheck,
  narrativeNumbersCheck,
  blankCellsCheck,
  cellValuesCheck,
  regulationsInForceCheck,
  rulesAtLocalLevelCheck,
  feeUnitCheck,
  applicationBalanceCheck,
  ...declaredSumChecks,
  carryOverCheck,
  processingFeeCheck,
];

export interface CheckInfo {
  id: string;
  severity: Severity;
  description: string;
  formats: readonly FormatId[];
}

/** Every check id with its severity and one line of Chinese, sorted by id (docs/checks.md is written from it). */
export const CHECK_LIST: readonly CheckInfo[] = CHECKS.map(({ id, severity, description, formats }) => ({
  id,
  severity,
  description,
  formats,
})).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

interface NarrativeMemo {
  format: FormatDef;
  narratives: readonly string[];
  context: CheckContext;
  findings: Finding[];
}

// The last result of each narrative-only check. Results are a pure function of
// these inputs, so reusing them changes nothing but the time a keystroke takes.
const narrativeMemo = new WeakMap<Check, NarrativeMemo>();

function narrativesOf(data: ReportData): string[] {
  return Object.values(data.narratives as Record<string, string | undefined>).map((t) => t ?? "");
}

function runCheck(check: Check, format: FormatDef, data: ReportData, context: CheckContext): Finding[] {
  if (check.reads !== "narratives") return check.run(format, data, context);
  const narratives = narrativesOf(data);
  const memo = narrativeMemo.get(check);
  if (
    memo &&
    memo.format === format &&
    memo.context === context &&
    memo.narratives.length === narratives.length &&
    memo.narratives.every((t, i) => t === narratives[i])
  ) {
    return memo.findings;
  }
  const findings = check.run(format, data, context);
  narrativeMemo.set(check, { format, narratives, context, findings });
  return findings;
}

/** All findings for a report, in section order; pure and deterministic, the same in browser and server. */
export function runChecks(format: FormatDef, data: ReportData, context: CheckContext): Finding[] {
  const findings = CHECKS.filter((check) => check.formats.includes(format.id)).flatMap((check) =>
    runCheck(check, format, data, context),
  );
  return orderFindings(format, findings);
}
