import { runChecks } from "@/lib/checks/run-checks";
import type { Db } from "@/lib/db/client";
import { getFormat, isFormatId } from "@/lib/format";
import type { ReportData } from "@/lib/format/report-data";
import { kindOf } from "@/lib/places/filing-unit-kinds";
import { buildCheckContext } from "@/lib/reports/check-context";
import { findingKey } from "@/lib/reports/finding-key";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { currentReportYear } from "@/lib/reporting/report-year";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { demoReportContent } from "./demo-report-content";

/** How far a demo report has gone through the county's workflow. */
type DemoStage = "draft" | "submitted" | "returned" | "approved" | "published";

interface DemoReport {
  unit: string;
  /** 0: the year being reported now; -1: last year. */
  yearOffset: 0 | -1;
  stage: DemoStage;
  received: [number, number];
  normativeDocuments: number;
  inForceBefore: number;
}

/**
 * The rest of 吉县's office besides its townships: the county government, a
 * street office and three departments, last year published on time and this
 * year in every state a reviewer meets. Each report goes through the same
 * domain functions a clerk and a reviewer use, so its history is real.
 */
const DEMO_REPORTS: DemoReport[] = [
  {
    unit: "zhengfu",
    yearOffset: -1,
    stage: "published",
    received: [23, 6],
    normativeDocuments: 4,
    inForceBefore: 31,
  },
  {
    unit: "zhengfu",
    yearOffset: 0,
    stage: "draft",
    received: [19, 5],
    normativeDocuments: 3,
    inForceBefore: 35,
  },
  {
    unit: "fagai",
    yearOffset: -1,
    stage: "published",
    received: [5, 3],
    normativeDocuments: 1,
    inForceBefore: 6,
  },
  {
    unit: "fagai",
    yearOffset: 0,
    stage: "submitted",
    received: [6, 2],
    normativeDocuments: 2,
    inForceBefore: 7,
  },
  {
    unit: "ziran",
    yearOffset: -1,
    stage: "published",
    received: [11, 2],
    normativeDocuments: 0,
    inForceBefore: 4,
  },
  {
    unit: "ziran",
    yearOffset: 0,
    stage: "returned",
    received: [9, 1],
    normativeDocuments: 1,
    inForceBefore: 4,
  },
  {
    unit: "jiaoyu",
    yearOffset: 0,
    stage: "draft",
    received: [3, 0],
    normativeDocuments: 0,
    inForceBefore: 2,
  },
  {
    unit: "chengqu",
    yearOffset: -1,
    stage: "published",
    received: [2, 0],
    normativeDocuments: 0,
    inForceBefore: 0,
  },
  {
    unit: "chengqu",
    yearOffset: 0,
    stage: "approved",
    received: [3, 1],
    normativeDocuments: 0,
    inForceBefore: 0,
  },
];

const ORDER: DemoStage[] = ["draft", "submitted", "returned", "approved", "published"];
const reached = (stage: DemoStage, step: DemoStage) =>
  step === "returned"
    ? stage === "returned"
    : ORDER.indexOf(stage) >= ORDER.indexOf(step) && stage !== "returned";

/** Loads the reports above into 吉县 (the demo's own county); `now` decides which year is current. */
export async function seedDemoReports(db: Db, now: Date): Promise<void> {
  const county = await db.county.findUniqueOrThrow({
    where: { code: "jixian" },
    include: { filingUnits: true },
  });
  const reviewer = await db.user.findUniqueOrThrow({ where: { username: "jixian-reviewer" } });
  const admin = await db.user.findUniqueOrThrow({ where: { username: "admin" } });
  const current = currentReportYear(now);
  // Last year's reports went through in January; this year's were sent in the last days.
  const lastYearDay = (day: number) => new Date(Date.UTC(current, 0, day, 2));
  const recent = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);

  for (const spec of DEMO_REPORTS) {
    const unit = county.filingUnits.find((u) => u.code === spec.unit);
    if (!unit) throw new Error(`演示单位不存在：jixian/${spec.unit}`);
    const clerk = (await db.user.findFirst({ where: { filingUnitId: unit.id } })) ?? admin;
    const year = current + spec.yearOffset;
    const at = spec.yearOffset === -1 ? lastYearDay : (day: number) => recent(20 - day);
    const opened = await openReport(db, { filingUnitId: unit.id, year, actorId: clerk.id });
    const content = demoReportContent({ organName: unit.organName, kind: kindOf(unit.kind), year, ...spec });
    const { report } = await saveReport(db, {
      reportId: opened.id,
      actorId: clerk.id,
      version: opened.version,
      data: content,
      now: at(5),
    });
    if (spec.stage === "draft") continue;
    const submitted = await submitReport(db, {
      reportId: report.id,
      actorId: clerk.id,
      version: report.version,
      explanations: await explainWarnings(db, report, at(8)),
      now: at(8),
    });
    const actor = { reportId: submitted.id, actorId: reviewer.id };
    if (reached(spec.stage, "returned")) {
      await returnReport(db, {
        ...actor,
        reason: "请核对依申请公开办理结果与总体情况中的件数是否一致。",
        now: at(12),
      });
      continue;
    }
    if (reached(spec.stage, "approved")) await approveReport(db, { ...actor, now: at(12) });
    if (reached(spec.stage, "published")) await publishReport(db, { ...actor, now: at(15) });
  }
}

/**
 * What a clerk writes for each warning before submitting (a report of the
 * current year sent before 31 December gets D-02, for one).
 */
async function explainWarnings(
  db: Db,
  report: { filingUnitId: string; year: number; formatId: string; data: unknown },
  now: Date,
): Promise<Record<string, string>> {
  if (!isFormatId(report.formatId)) return {};
  const findings = runChecks(
    getFormat(report.formatId),
    report.data as ReportData,
    await buildCheckContext(db, report, now),
  );
  return Object.fromEntries(
    findings.filter((f) => f.severity === "warning").map((f) => [findingKey(f), "已核实，情况属实。"]),
  );
}
