import { safeText, toCsv } from "./csv";
import type { CountyYear } from "./load-county-year";
import { countyYearPath, reportPath } from "./public-paths";
import { TIMELINESS_LABELS } from "./timeliness";

export const COUNTY_YEAR_SCHEMA = "nianbao.county-year/1";

export function toCountyYearJson(countyYear: CountyYear) {
  const { county, year } = countyYear;
  return {
    schema: COUNTY_YEAR_SCHEMA,
    county,
    year,
    /** null: the year is not judged (every status is not_assessed). */
    deadline: countyYear.deadline,
    assessment: countyYear.assessment,
    url: countyYearPath(county.code, year),
    filingUnits: countyYear.rows.map((row) => ({
      code: row.filingUnit.code,
      name: row.filingUnit.name,
      organ: row.filingUnit.organName,
      status: row.status,
      statusLabel: TIMELINESS_LABELS[row.status],
      published: row.published,
      publishedAt: row.firstPublishedAt,
      latestRevision: row.latestRevision,
      latestPublishedAt: row.latestPublishedAt,
      url: !row.published ? null : reportPath({ county: county.code, filingUnit: row.filingUnit.code, year }),
    })),
  };
}

export const COUNTY_YEAR_CSV_HEADER = [
  "county_code",
  "county",
  "filing_unit_code",
  "township",
  "organ",
  "year",
  "deadline",
  "status",
  "status_label",
  "published_at",
  "latest_revision",
  "latest_published_at",
  "url",
] as const;

export function toCountyYearCsv(countyYear: CountyYear): string {
  const json = toCountyYearJson(countyYear);
  return toCsv(
    COUNTY_YEAR_CSV_HEADER,
    json.filingUnits.map((t) => [
      json.county.code,
      safeText(json.county.name),
      t.code,
      safeText(t.name),
      safeText(t.organ),
      json.year,
      json.deadline,
      t.status,
      t.statusLabel,
      t.publishedAt,
      t.latestRevision,
      t.latestPublishedAt,
      t.url,
    ]),
  );
}
