import { kindLabel } from "@/lib/places/filing-unit-kinds";
import { safeText, toCsv } from "./csv";
import type { CountyYear } from "./load-county-year";
import { countyYearPath, reportPath } from "@/lib/urls/public-paths";
import { TIMELINESS_LABELS } from "./timeliness";

const COUNTY_YEAR_SCHEMA = "nianbao.county-year/2";

export function toCountyYearJson(countyYear: CountyYear) {
  const { county, year } = countyYear;
  return {
    schema: COUNTY_YEAR_SCHEMA,
    county,
    year,
    /** The county's deadline (townships, streets, departments); null: the year is not judged. */
    deadline: countyYear.deadline,
    assessment: countyYear.assessment,
    url: countyYearPath(county.code, year),
    filingUnits: countyYear.rows.map((row) => ({
      code: row.filingUnit.code,
      name: row.filingUnit.name,
      kind: row.filingUnit.kind,
      kindLabel: kindLabel(row.filingUnit.kind),
      organ: row.filingUnit.organName,
      retired: row.filingUnit.retired,
      /** This unit's own deadline: 31 March for the county government's report. */
      deadline: row.deadline,
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

const COUNTY_YEAR_CSV_HEADER = [
  "county_code",
  "county",
  "filing_unit_code",
  "filing_unit",
  "filing_unit_kind",
  "filing_unit_kind_label",
  "filing_unit_retired",
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
    json.filingUnits.map((unit) => [
      json.county.code,
      safeText(json.county.name),
      unit.code,
      safeText(unit.name),
      unit.kind,
      unit.kindLabel,
      unit.retired ? "true" : "false",
      safeText(unit.organ),
      json.year,
      unit.deadline,
      unit.status,
      unit.statusLabel,
      unit.publishedAt,
      unit.latestRevision,
      unit.latestPublishedAt,
      unit.url,
    ]),
  );
}
