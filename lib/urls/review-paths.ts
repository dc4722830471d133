import type { KindScope } from "@/lib/review/kind-scope";

/** `?year=…` with the kind group when there is one: the summary's and the dashboard's shared state. */
const yearAndGroup = (year: number, group: KindScope = null) =>
  `?year=${year}${group ? `&group=${group}` : ""}`;

/** URLs of the county review area, written once. */
export const reviewPaths = {
  dashboard: (county: string) => `/review/${county}`,
  /** The dashboard of a year, of one kind group or of every unit. */
  dashboardOf: (county: string, year: number, group: KindScope = null) =>
    `/review/${county}${yearAndGroup(year, group)}`,
  /** The lead's per-report review page. */
  report: (county: string, filingUnit: string, year: number) => `/review/${county}/${filingUnit}/${year}`,
  summary: (county: string, year: number, group: KindScope = null) =>
    `/review/${county}/summary${yearAndGroup(year, group)}`,
  /** The summary's year and scope form (GET). */
  summaryForm: (county: string) => `/review/${county}/summary`,
  summaryXlsx: (county: string, year: number, group: KindScope = null) =>
    `/review/${county}/summary/export.xlsx${yearAndGroup(year, group)}`,
  exportCsv: (county: string, search: string) => `/review/${county}/export.csv${search}`,
  exportXlsx: (county: string, search: string) => `/review/${county}/export.xlsx${search}`,
  bulk: (county: string) => `/review/${county}/bulk`,
  settings: (county: string) => `/admin/reporting-years?county=${county}`,
};
