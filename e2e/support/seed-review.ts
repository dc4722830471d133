/**
 * Direct writes into the e2e database for the reviewer specs: a county's own
 * reviewer and clerk, and a filing unit's report of a year driven through the
 * real workflow functions (so events and versions are the ones the app writes).
 */
import { join } from "node:path";
import { createUser } from "../../lib/accounts/create-user";
import { createDb, type Db } from "../../lib/db/client";
import type { GovReportData } from "../../lib/format/report-data";
import { openReport } from "../../lib/reports/open-report";
import { saveReport } from "../../lib/reports/save-report";
import { returnReport } from "../../lib/workflow/return-report";
import { submitExplained } from "../../tests/db/support/submit-explained";
import { ALL_PUBLIC, recordCacheInvalidation } from "../../lib/page-cache/record-cache-invalidation";
import { DEMO_PASSWORD } from "./login";
import { ensureOwnPlace, type OwnPlace } from "./own-place";

const E2E_DATABASE = `file:${join(import.meta.dirname, "..", "..", "data", "e2e", "e2e.db")}`;

export async function withE2eDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const { db } = createDb(E2E_DATABASE);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

/**
 * The spec's own county and filing unit (./own-place), a reviewer of the county and a clerk of the
 * unit, password DEMO_PASSWORD, created once.
 */
export async function ensureUsers(db: Db, own: OwnPlace) {
  const place = await ensureOwnPlace(db, own);
  for (const [username, role] of [
    [`${own.county}-reviewer`, "reviewer"],
    [`${own.county}-clerk`, "clerk"],
  ] as const) {
    if (await db.user.findFirst({ where: { username } })) continue;
    await createUser(db, {
      username,
      name: role === "clerk" ? `${place.name}填报人` : "审核人",
      role,
      countyId: role === "reviewer" ? place.countyId : null,
      filingUnitId: role === "clerk" ? place.id : null,
      password: DEMO_PASSWORD,
      mustChangePassword: false,
    });
  }
  return place;
}

/** Removes the filing unit's report of the year and everything hanging from it, reminders included. */
export async function resetReport(db: Db, filingUnitId: string, year: number) {
  const ids = (await db.report.findMany({ where: { filingUnitId, year }, select: { id: true } })).map(
    (r) => r.id,
  );
  await db.notification.deleteMany({ where: { reportId: { in: ids } } });
  await db.reminder.deleteMany({ where: { filingUnitId, year } });
  await db.reviewComment.updateMany({ where: { reportId: { in: ids } }, data: { parentId: null } });
  await db.reviewComment.deleteMany({ where: { reportId: { in: ids } } });
  await db.reportEvent.deleteMany({ where: { reportId: { in: ids } } });
  const { count: unpublished } = await db.publication.deleteMany({ where: { reportId: { in: ids } } });
  await db.report.deleteMany({ where: { id: { in: ids } } });
  // The server's public pages still show what was published: it is told, as a CLI change tells it.
  if (unpublished > 0) await recordCacheInvalidation(db, { tags: [ALL_PUBLIC] }, "e2e-reset");
}

/**
 * Opens a fresh report and submits each version in turn, returning it between
 * submissions: the reviewer then sees what changed from the previous one.
 */
export async function submitVersions(
  db: Db,
  args: {
    filingUnitId: string;
    year: number;
    clerkId: string;
    reviewerId: string;
    versions: GovReportData[];
  },
): Promise<string> {
  await resetReport(db, args.filingUnitId, args.year);
  const opened = await openReport(db, {
    filingUnitId: args.filingUnitId,
    year: args.year,
    actorId: args.clerkId,
  });
  for (const [i, data] of args.versions.entries()) {
    if (i > 0)
      await returnReport(db, {
        reportId: opened.id,
        actorId: args.reviewerId,
        now: new Date(),
        reason: "请修改后重新提交。",
      });
    const current = await db.report.findUniqueOrThrow({ where: { id: opened.id } });
    const { report } = await saveReport(db, {
      reportId: opened.id,
      actorId: args.clerkId,
      version: current.version,
      data,
      now: new Date(),
    });
    await submitExplained(db, { reportId: opened.id, actorId: args.clerkId, version: report.version });
  }
  return opened.id;
}
