/** URLs of the county review area, written once. */
export const reviewPaths = {
  dashboard: (county: string) => `/review/${county}`,
  /** The lead's per-report review page. */
  report: (county: string, filingUnit: string, year: number) => `/review/${county}/${filingUnit}/${year}`,
  summary: (county: string, year: number) => `/review/${county}/summary?year=${year}`,
  summaryXlsx: (county: string, year: number) => `/review/${county}/summary/export.xlsx?year=${year}`,
  exportCsv: (county: string, search: string) => `/review/${county}/export.csv${search}`,
  exportXlsx: (county: string, search: string) => `/review/${county}/export.xlsx${search}`,
  bulk: (county: string) => `/review/${county}/bulk`,
  settings: (county: string) => `/admin/reporting-years?county=${county}`,
};
