/**
 * Builders for the dashboard and summary suites: a county with filing units,
 * and a filing unit's report driven to any state through the real workflow
 * functions (so counts, timestamps and publications are the ones the app writes).
 */
import type { Db } from "@/lib/db/client";
import type { GovReportData } from "@/lib/format/report-data";
import type { FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { startCorrection } from "@/lib/workflow/start-correction";
import type { ReportStatus } from "@/lib/workflow/status";
import { completeReport } from "./support/complete-report";

export async function makeActors(db: Db) {
  const clerk = await db.user.create({ data: { id: "fx-clerk", name: "填报人", email: "fx-c@x.invalid" } });
  const reviewer = await db.user.create({
    data: { id: "fx-reviewer", name: "审核人", email: "fx-r@x.invalid", role: "reviewer" },
  });
  return { clerk: clerk.id, reviewer: reviewer.id };
}

/** A filing unit of a kind other than a township, or a retired one. */
export interface UnitSpec {
  code: string;
  kind: FilingUnitKind;
  retiredAt?: Date;
}

/** Name and organ name of a test unit: a镇 (a镇人民政府), s街道 (s街道办事处), d局, g县人民政府. */
const NAMES: Record<FilingUnitKind, (code: string) => [name: string, organ: string]> = {
  township: (c) => [`${c}镇`, `${c}镇人民政府`],
  street: (c) => [`${c}街道`, `${c}街道办事处`],
  department: (c) => [`${c}局`, `${c}局`],
  government: (c) => [`${c}县人民政府`, `${c}县人民政府`],
};

/** A county and its filing units: a plain code is a township (named `${code}镇`). */
export async function makeCounty(
  db: Db,
  code: string,
  filingUnits: (string | UnitSpec)[],
  approvalPublishes = false,
) {
  const county = await db.county.create({ data: { code, name: `${code}县`, approvalPublishes } });
  const created = [];
  for (const unit of filingUnits) {
    const spec: UnitSpec = typeof unit === "string" ? { code: unit, kind: "township" } : unit;
    const [name, organName] = NAMES[spec.kind](spec.code);
    created.push(
      await db.filingUnit.create({
        data: {
          countyId: county.id,
          code: spec.code,
          kind: spec.kind,
          name,
          organName,
          retiredAt: spec.retiredAt ?? null,
        },
      }),
    );
  }
  return { county, filingUnits: created };
}

/** Retires a unit (after its reports were made: a retired unit receives no new ones). */
export async function retire(db: Db, filingUnitId: string, on = "2025-06-30") {
  await db.filingUnit.update({ where: { id: filingUnitId }, data: { retiredAt: beijing(on) } });
}

/** Beijing noon of a day, as a Date. */
export const beijing = (day: string) => new Date(`${day}T12:00:00+08:00`);

export interface StateSpec {
  filingUnitId: string;
  year: number;
  state: ReportStatus;
  actors: { clerk: string; reviewer: string };
  data?: GovReportData;
  /** Days (YYYY-MM-DD, Beijing) of the steps. */
  submittedOn?: string;
  publishedOn?: string;
}

/** A report in `state`, reached through the workflow; returns the report id. */
export async function reportInState(db: Db, spec: StateSpec): Promise<string> {
  const { clerk, reviewer } = spec.actors;
  const submittedAt = beijing(spec.submittedOn ?? `${spec.year + 1}-01-10`);
  const publishedAt = beijing(spec.publishedOn ?? `${spec.year + 1}-01-15`);
  const opened = await openReport(db, { filingUnitId: spec.filingUnitId, year: spec.year, actorId: clerk });
  const { report } = await saveReport(db, {
    reportId: opened.id,
    actorId: clerk,
    version: opened.version,
    data: spec.data ?? completeReport(),
    now: submittedAt,
  });
  if (spec.state === "draft") return report.id;
  await submitReport(db, {
    reportId: report.id,
    actorId: clerk,
    version: report.version,
    explanations: {},
    now: submittedAt,
  });
  if (spec.state === "submitted") return report.id;
  if (spec.state === "returned") {
    await returnReport(db, {
      reportId: report.id,
      actorId: reviewer,
      now: submittedAt,
      reason: "请核对表三",
    });
    return report.id;
  }
  const approved = await approveReport(db, { reportId: report.id, actorId: reviewer, now: publishedAt });
  if (spec.state === "approved") return report.id;
  if (!approved.publication)
    await publishReport(db, { reportId: report.id, actorId: reviewer, now: publishedAt });
  if (spec.state === "published") return report.id;
  await startCorrection(db, { reportId: report.id, actorId: reviewer, now: publishedAt, reason: "更正数字" });
  return report.id;
}

/** Saves `data` over a report's working copy (e.g. a correction in progress) at the version it has now. */
export async function saveWorkingCopy(
  db: Db,
  args: { reportId: string; clerk: string; data: GovReportData; now: Date },
) {
  const working = await db.report.findUniqueOrThrow({ where: { id: args.reportId } });
  return saveReport(db, {
    reportId: args.reportId,
    actorId: args.clerk,
    version: working.version,
    data: args.data,
    now: args.now,
  });
}
