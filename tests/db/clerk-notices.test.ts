import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listNotifications, notifyReportEvent } from "@/lib/notifications/notify";
import { latestReason } from "@/lib/reports/latest-reason";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { startCorrection } from "@/lib/workflow/start-correction";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let reportId: string;
const ids = { clerk: "clerk", reviewer: "reviewer" };
// After the statistics period: no warning needs an explanation.
const now = new Date("2027-01-12T02:00:00Z");

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "c", name: "测试县" } });
  const filingUnit = await t.db.filingUnit.create({
    data: { countyId: county.id, code: "t", name: "测试镇", organName: "测试镇人民政府" },
  });
  await t.db.user.create({
    data: { id: ids.clerk, name: "填报人", email: "a@x.invalid", role: "clerk", filingUnitId: filingUnit.id },
  });
  await t.db.user.create({
    data: { id: ids.reviewer, name: "审核人", email: "c@x.invalid", role: "reviewer", countyId: county.id },
  });
  const opened = await openReport(t.db, { filingUnitId: filingUnit.id, year: 2026, actorId: ids.clerk });
  reportId = opened.id;
  await saveReport(t.db, {
    reportId,
    actorId: ids.clerk,
    version: opened.version,
    data: completeReport(),
    now,
  });
});
afterAll(() => t.drop());

async function submit() {
  const report = await t.db.report.findUniqueOrThrow({ where: { id: reportId } });
  await submitReport(t.db, { reportId, actorId: ids.clerk, version: report.version, explanations: {}, now });
}

describe("the reviewer's reason reaches the clerk", () => {
  it("in the notice of a return and of a correction, and for the editor's banner", async () => {
    await submit();
    expect(await latestReason(t.db, reportId, "submitted")).toBeNull();
    await returnReport(t.db, { reportId, actorId: ids.reviewer, reason: "第五部分过于笼统。", now });
    await notifyReportEvent(t.db, { reportId, actorId: ids.reviewer, kind: "returned" });
    expect((await listNotifications(t.db, ids.clerk))[0]!.message).toContain("原因：第五部分过于笼统。");
    expect(await latestReason(t.db, reportId, "returned")).toBe("第五部分过于笼统。");

    await submit();
    await approveReport(t.db, { reportId, actorId: ids.reviewer, now });
    await publishReport(t.db, { reportId, actorId: ids.reviewer, now });
    await startCorrection(t.db, { reportId, actorId: ids.reviewer, reason: "依申请公开数量填错一行。", now });
    await notifyReportEvent(t.db, { reportId, actorId: ids.reviewer, kind: "correction_started" });
    expect((await listNotifications(t.db, ids.clerk))[0]!.message).toContain(
      "原因：依申请公开数量填错一行。",
    );
    // A correction's reason is the correction's, not the earlier return's.
    expect(await latestReason(t.db, reportId, "correcting")).toBe("依申请公开数量填错一行。");
  });
});
