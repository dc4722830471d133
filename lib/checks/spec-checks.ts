/**
 * The check table of the format spec (shared/spec/annual-report-format.md §8),
 * row for row as written there, and how the registry answers each row. The
 * spec lives outside this repository: spec-checks.test.ts compares this copy
 * with it wherever it is at hand, and checks the registry against this copy
 * everywhere. docs/checks.md quotes the rules.
 */
export interface SpecCheckRow {
  /** As the spec writes it: one id, or a range such as "T4-01..03". */
  ids: string;
  severity: string;
  rule: string;
}

export const SPEC_CHECK_TABLE: readonly SpecCheckRow[] = [
  {
    ids: "T3-01",
    severity: "error",
    rule: "per column c: r01[c] + r02[c] = r24[c] + r25[c] (printed in the table itself)",
  },
  {
    ids: "T3-02",
    severity: "error",
    rule: "per column c: r24[c] = sum of r03..r23 [c] (gov-2019: r03..r20 plus the single 其他处理 row)",
  },
  { ids: "T3-03", severity: "error", rule: "per row: c7 总计 = c1 + … + c6" },
  {
    ids: "T4-01..03",
    severity: "error",
    rule: "each 总计 in T4 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (行政复议, 未经复议直接起诉, 复议后起诉)",
  },
  {
    ids: "V-01",
    severity: "error",
    rule: 'every numeric cell filled; blank, "-", "/" are not zero (the filer types 0)',
  },
  {
    ids: "V-02",
    severity: "error",
    rule: "counts are integers ≥ 0 (except gov-2019 本年增/减, a signed integer); amounts ≥ 0 with at most 4 decimals",
  },
  {
    ids: "T3-06",
    severity: "warning",
    rule: "r02[c] of year Y = r25[c] of the same township's approved report of year Y−1 (skip when Y−1 is stat-2014 or missing)",
  },
  {
    ids: "T2-01",
    severity: "warning",
    rule: "gov-2021: 现行有效件数(Y) = 现行有效件数(Y−1) + 本年制发件数(Y) − 本年废止件数(Y), for 规章 and 行政规范性文件",
  },
  {
    ids: "T2-03",
    severity: "warning",
    rule: "规章 row is 0 for townships and counties (no rule-making power)",
  },
  {
    ids: "T2-05",
    severity: "warning",
    rule: "本年收费金额 looks like yuan, not 万元 (e.g. ≥ 1000 for a township)",
  },
  { ids: "S-01", severity: "error", rule: "s1, s5, s6 are not empty" },
  { ids: "S-03", severity: "warning", rule: "s1 does not mention each of the five topics of section 3" },
  { ids: "S-05", severity: "warning", rule: "s6 says nothing about 信息处理费" },
  {
    ids: "S-06",
    severity: "warning",
    rule: "s5 (or s1) is nearly the same text as last year's (copying is an accountable fault); show the similarity",
  },
  {
    ids: "T3-08",
    severity: "warning",
    rule: 'a number stated in s1 ("收到申请X件", "予以公开Y件") differs from the table',
  },
  {
    ids: "F-01",
    severity: "error",
    rule: "the format does not match the report year (gov-2019 for a 2021+ report)",
  },
  {
    ids: "D-01",
    severity: "notice → warning",
    rule: "published after the county's deadline (dashboard: on time / late / overdue)",
  },
];

/** Ids of the spec's table that have no check in the registry, and why not. */
export const NOT_IMPLEMENTED_AS_CHECKS: Readonly<Record<string, string>> = {
  "D-01":
    "Timeliness is not something the filer can fix in the report: it is judged from the publication date " +
    "against the county's deadline and shown on the county dashboard and summary and on the public " +
    "county-year page (lib/review/deadline-state.ts, lib/publications/timeliness.ts; ADR 0015).",
};

/** Checks the registry has beyond the spec's table, and where the need comes from. */
export const BEYOND_THE_SPEC: Readonly<Record<string, string>> = {
  "D-02": "The spec's real error E14: a report dated before its statistics period ended.",
};

/** "T4-01..03" → T4-01, T4-02, T4-03; a single id stays itself. */
export function expandSpecIds(ids: string): string[] {
  const range = /^(.+-)(\d+)\.\.(\d+)$/.exec(ids);
  if (!range) return [ids];
  const [, prefix = "", from = "", to = ""] = range;
  const width = from.length;
  const out: string[] = [];
  for (let n = Number(from); n <= Number(to); n++) out.push(prefix + String(n).padStart(width, "0"));
  return out;
}
