/**
 * Filing units of their own for the clerk-side specs: each spec file works in a
 * county of its own (./own-place), adds a clerk and a reviewer there, and resets
 * the report it needs, so files running side by side never share a report or a
 * county setting.
 */
import { join } from "node:path";
import { createUser } from "../../lib/accounts/create-user";
import { createDb, type Db } from "../../lib/db/client";
import type { GovReportData } from "../../lib/format/report-data";
import { openReport } from "../../lib/reports/open-report";
import { saveReport } from "../../lib/reports/save-report";
import { submitReport } from "../../lib/reports/submit-report";
import { currentReportYear } from "../../lib/reporting/report-year";
import { approveReport } from "../../lib/workflow/approve-report";
import { publishReport } from "../../lib/workflow/publish-report";
import { startCorrection } from "../../lib/workflow/start-correction";
import type { ReportStatus } from "../../lib/workflow/status";
import { allowsFrom, type TransitionId } from "../../lib/workflow/transitions";
import { DEMO_PASSWORD } from "./login";
import { ensureOwnPlace, type OwnPlace } from "./own-place";

const E2E_DATABASE = `file:${join(import.meta.dirname, "..", "..", "data", "e2e", "e2e.db")}`;
const year = currentReportYear(new Date());

function own<const C extends string>(place: OwnPlace & { county: C }) {
  return {
    ...place,
    clerk: `${place.county}-clerk`,
    reviewer: `${place.county}-reviewer`,
    year,
    fill: `/fill/${place.county}/${place.filingUnit}/${year}`,
    preview: `/preview/${place.county}/${place.filingUnit}/${year}`,
  } as const;
}

const jinpen = { filingUnit: "jinpen", unitName: "金盆苗族彝族乡", organ: "金盆苗族彝族乡人民政府" };

/** clerk-preview.spec */
export const PREVIEW_UNIT = own({
  county: "e2e-preview",
  countyName: "预览测试区",
  filingUnit: "baihe",
  unitName: "白鹤镇",
  organ: "白鹤镇人民政府",
});
/** clerk-editor.spec */
export const EDITOR_UNIT = own({ county: "e2e-editor", countyName: "填报测试区", ...jinpen });
/** withdraw.spec */
export const WITHDRAW_UNIT = own({ county: "e2e-withdraw", countyName: "撤回测试区", ...jinpen });
export type OwnFilingUnit = typeof PREVIEW_UNIT | typeof EDITOR_UNIT | typeof WITHDRAW_UNIT;

/**
 * Runs `work` on the e2e database. The server writes the same SQLite file
 * (autosaves of the specs running beside this one), so a transaction may time
 * out waiting for the lock: it is tried again, up to three times.
 */
async function withOwnDb<T>(work: (db: ReturnType<typeof createDb>["db"]) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { db } = createDb(E2E_DATABASE);
    try {
      return await work(db);
    } catch (error) {
      const busy = error instanceof Error && /timed out|database is locked/i.test(error.message);
      if (!busy || attempt >= 3) throw error;
      console.warn(`e2e database busy (attempt ${attempt}), trying again: ${error.message.slice(0, 300)}`);
    } finally {
      await db.$disconnect();
    }
  }
}

function filingUnitOf(db: ReturnType<typeof createDb>["db"], place: OwnFilingUnit) {
  return db.filingUnit.findFirstOrThrow({
    where: { code: place.filingUnit, county: { code: place.county } },
  });
}

/** The county, the filing unit, its clerk and the county's reviewer, created once per database (the demo password). */
export async function ensureOwnUsers(place: OwnFilingUnit): Promise<void> {
  await withOwnDb(async (db) => {
    const filingUnit = await ensureOwnPlace(db, place);
    const users = [
      {
        username: place.clerk,
        name: `${filingUnit.name}填报人`,
        role: "clerk" as const,
        filingUnitId: filingUnit.id,
      },
      {
        username: place.reviewer,
        name: "示例审核人",
        role: "reviewer" as const,
        countyId: filingUnit.countyId,
      },
    ];
    for (const user of users) {
      if (await db.user.findUnique({ where: { username: user.username } })) continue;
      await createUser(db, { ...user, password: DEMO_PASSWORD, mustChangePassword: false });
    }
  });
}

/** A filing unit's reports of one year with everything that hangs on them: notices, comments, events, publications. */
export async function deleteReportsOfYear(db: Db, filingUnitId: string, reportYear: number): Promise<void> {
  const reports = await db.report.findMany({
    where: { filingUnitId, year: reportYear },
    select: { id: true },
  });
  const ids = reports.map((r) => r.id);
  await db.notification.deleteMany({ where: { reportId: { in: ids } } });
  await db.reviewComment.updateMany({ where: { reportId: { in: ids } }, data: { parentId: null } });
  await db.reviewComment.deleteMany({ where: { reportId: { in: ids } } });
  await db.reportEvent.deleteMany({ where: { reportId: { in: ids } } });
  await db.publication.deleteMany({ where: { reportId: { in: ids } } });
  await db.report.deleteMany({ where: { id: { in: ids } } });
}

/**
 * The current year's report (or `reportYear`'s) from scratch: its events, comments, notices and
 * publications go too; `data`, when given, is saved as the clerk's draft.
 */
export async function resetOwnReport(
  place: OwnFilingUnit,
  data?: GovReportData,
  reportYear = year,
): Promise<string> {
  return withOwnDb(async (db) => {
    const filingUnit = await filingUnitOf(db, place);
    const clerk = await db.user.findUniqueOrThrow({ where: { username: place.clerk } });
    await deleteReportsOfYear(db, filingUnit.id, reportYear);
    const opened = await openReport(db, { filingUnitId: filingUnit.id, year: reportYear, actorId: clerk.id });
    if (data)
      await saveReport(db, {
        reportId: opened.id,
        actorId: clerk.id,
        version: opened.version,
        data,
        now: new Date(),
      });
    return opened.id;
  });
}

/**
 * Takes the saved report through the reviewer's steps with the workflow's own
 * functions: submitted, approved and published, then (with `correction`)
 * reopened for a correction with that reason. Dated after the statistics
 * period, so no warning needs an explanation. Each step is tried again alone
 * when the database was busy, and only while the report is still in a state
 * it starts from: a step whose write went through before the error is not
 * taken twice.
 */
export async function publishOwnReport(
  place: OwnFilingUnit,
  reportId: string,
  correction?: string,
): Promise<void> {
  const now = new Date(`${year + 1}-01-05T02:00:00Z`);
  const step = (
    id: TransitionId,
    work: (db: Db, actors: { clerk: string; reviewer: string }) => Promise<unknown>,
  ) =>
    withOwnDb(async (db) => {
      const { status } = await db.report.findUniqueOrThrow({ where: { id: reportId } });
      if (!allowsFrom(id, status as ReportStatus)) return;
      const clerk = await db.user.findUniqueOrThrow({ where: { username: place.clerk } });
      const reviewer = await db.user.findUniqueOrThrow({ where: { username: place.reviewer } });
      await work(db, { clerk: clerk.id, reviewer: reviewer.id });
    });
  await step("submit", async (db, { clerk }) => {
    const { version } = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    await submitReport(db, { reportId, actorId: clerk, version, explanations: {}, now });
  });
  await step("approve", (db, { reviewer }) => approveReport(db, { reportId, actorId: reviewer, now }));
  await step("publish", (db, { reviewer }) => publishReport(db, { reportId, actorId: reviewer, now }));
  if (correction)
    await step("start_correction", (db, { reviewer }) =>
      startCorrection(db, { reportId, actorId: reviewer, reason: correction, now }),
    );
}
