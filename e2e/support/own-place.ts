/**
 * A county of a spec's own, with one filing unit and the current reporting year open.
 * Specs that take a report through its states each work in their own county: a
 * spec running beside them can then never submit, reset or publish the report
 * they are editing, nor change a county setting (approval publishes) under them.
 */
import type { Db } from "../../lib/db/client";
import { currentReportYear, deadlineOf } from "../../lib/reporting/report-year";

export interface OwnPlace {
  county: string;
  countyName: string;
  filingUnit: string;
  unitName: string;
  organ: string;
}

/** Creates what is missing, finds what is there: a retried test or a second spec file of the same run. */
export async function ensureOwnPlace(db: Db, place: OwnPlace) {
  const county = await db.county.upsert({
    where: { code: place.county },
    create: { code: place.county, name: place.countyName },
    update: {},
  });
  const year = currentReportYear(new Date());
  await db.reportingYear.upsert({
    where: { countyId_year: { countyId: county.id, year } },
    create: { countyId: county.id, year, deadline: deadlineOf(year, county.defaultDeadline) },
    update: {},
  });
  return db.filingUnit.upsert({
    where: { countyId_code: { countyId: county.id, code: place.filingUnit } },
    create: {
      countyId: county.id,
      kind: "township",
      code: place.filingUnit,
      name: place.unitName,
      organName: place.organ,
    },
    update: {},
  });
}
