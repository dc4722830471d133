import type { Db } from "@/lib/db/client";
import { createUser } from "@/lib/accounts/create-user";
import { currentReportYear, deadlineOf } from "@/lib/reporting/report-year";
import { DEMO_COUNTIES, DEMO_PASSWORD, DEMO_USERS } from "./demo-data";
import { seedDemoReports } from "./seed-demo-reports";
import { importDemoSeeds } from "./seeds/import-demo-seeds";

/** True when the database holds no county yet (a fresh install). */
export async function isEmptyDatabase(db: Db): Promise<boolean> {
  return (await db.county.count()) === 0 && (await db.user.count()) === 0;
}

/** Loads the demo counties, filing units and accounts into an empty database. */
export async function seedDemo(db: Db): Promise<void> {
  const countyIds = new Map<string, string>();
  const filingUnitIds = new Map<string, string>();
  for (const c of DEMO_COUNTIES) {
    const county = await db.county.create({ data: { code: c.code, name: c.name } });
    countyIds.set(c.code, county.id);
    // The current reporting year is open, as a county admin would have done in October.
    const year = currentReportYear(new Date());
    await db.reportingYear.create({
      data: { countyId: county.id, year, deadline: deadlineOf(year, county.defaultDeadline) },
    });
    for (const t of c.filingUnits) {
      const filingUnit = await db.filingUnit.create({
        data: {
          countyId: county.id,
          kind: t.kind ?? "township",
          code: t.code,
          name: t.name,
          organName: t.organName ?? `${c.prefix}${t.name}人民政府`,
        },
      });
      filingUnitIds.set(`${c.code}/${t.code}`, filingUnit.id);
    }
  }
  for (const u of DEMO_USERS) {
    await createUser(db, {
      username: u.username,
      name: u.name,
      role: u.role,
      countyId: u.role === "clerk" || !u.county ? null : countyIds.get(u.county)!,
      filingUnitId: u.filingUnit ? filingUnitIds.get(`${u.county}/${u.filingUnit}`)! : null,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
    });
  }
  await importDemoSeeds(db);
  await seedDemoReports(db, new Date());
}

/** Deletes every row, children first, so the demo can be loaded again. */
export async function clearDatabase(db: Db): Promise<void> {
  await db.notification.deleteMany();
  await db.reminder.deleteMany();
  await db.reviewComment.updateMany({ data: { parentId: null } });
  await db.reviewComment.deleteMany();
  await db.reportEvent.deleteMany();
  await db.publication.deleteMany();
  await db.report.deleteMany();
  await db.reportingYear.deleteMany();
  await db.session.deleteMany();
  await db.account.deleteMany();
  await db.verification.deleteMany();
  await db.rateLimit.deleteMany();
  await db.user.deleteMany();
  await db.filingUnit.deleteMany();
  await db.county.deleteMany();
}
