/**
 * Every county-side transition against a real database, the refused ones too:
 * return, approve (one- and two-step counties), publish, correction.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "@/lib/checks/types";
import type { GovReportData } from "@/lib/format/report-data";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { submitReport } from "@/lib/reports/submit-report";
import { approveReport } from "@/lib/workflow/approve-report";
import { publishReport } from "@/lib/workflow/publish-report";
import { returnReport } from "@/lib/workflow/return-report";
import { startCorrection } from "@/lib/workflow/start-correction";
import { AppError } from "@/lib/actions/app-error";
import { completeReport } from "./support/complete-report";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let clerk: string;
let reviewer: string;
const day = (d: number) => new Date(Date.UTC(2027, 0, d, 8));

async function place(code: string, approvalPublishes = false) {
  const county = await t.db.county.create({
    data: { code: `c-${code}`, name: `${code}县`, approvalPublishes },
  });
  return t.db.filingUnit.create({
    data: { countyId: county.id, code, name: `${code}镇`, organName: `${code}镇人民政府` },
  });
}

/** A report of `filingUnitId` in state submitted, with a complete consistent content. */
async function submitted(filingUnitId: string, year = 2026) {
  const opened = await openReport(t.db, { filingUnitId, year, actorId: clerk });
  const { report } = await saveReport(t.db, {
    reportId: opened.id,
    actorId: clerk,
    version: opened.version,
    data: completeReport(),
    now: day(5),
  });
  return submitReport(t.db, {
    reportId: report.id,
    actorId: clerk,
    version: report.version,
    explanations: {},
    now: day(6),
  });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  t = await freshDatabase();
  clerk = (await t.db.user.create({ data: { id: "clerk", name: "填报人", email: "c@x.invalid" } })).id;
  reviewer = (
    await t.db.user.create({
      data: { id: "reviewer", name: "审核人", email: "r@x.invalid", role: "reviewer" },
    })
  ).id;
});
afterAll(() => t.drop());

describe("return", () => {
  it("needs a reason, moves submitted → returned, and lets the clerk edit and resubmit", async () => {
    const report = await submitted((await place("ret")).id);
    const empty = await refusal(
      returnReport(t.db, { reportId: report.id, actorId: reviewer, now: day(7), reason: "  " }),
    );
    expect(empty.message).toContain("退回原因");
    const returned = await returnReport(t.db, {
      reportId: report.id,
      actorId: reviewer,
      now: day(7),
      reason: "第三部分数字有误",
    });
    expect(returned.status).toBe("returned");
    const event = await t.db.reportEvent.findFirstOrThrow({
      where: { reportId: report.id, action: "return" },
    });
    expect(event).toMatchObject({
      fromStatus: "submitted",
      toStatus: "returned",
      actorId: reviewer,
      payload: { reason: "第三部分数字有误" },
    });

    const { report: edited } = await saveReport(t.db, {
      reportId: report.id,
      actorId: clerk,
      version: returned.version,
      data: completeReport(),
      now: day(8),
    });
    const again = await submitReport(t.db, {
      reportId: report.id,
      actorId: clerk,
      version: edited.version,
      explanations: {},
      now: day(8),
    });
    expect(again.status).toBe("submitted");
  });

  it("is refused from any state but submitted", async () => {
    const filingUnit = await place("ret2");
    const draft = await openReport(t.db, { filingUnitId: filingUnit.id, year: 2026, actorId: clerk });
    const error = await refusal(
      returnReport(t.db, { reportId: draft.id, actorId: reviewer, now: day(7), reason: "x" }),
    );
    expect(error).toMatchObject({ code: "conflict", detail: { status: "draft" } });
    expect(error.message).toContain("填写中");
  });
});

describe("approve and publish", () => {
  it("in a two-step county: approve, then publish freezes revision 1 with the findings of that moment", async () => {
    const report = await submitted((await place("two")).id);
    const { report: approved, publication: none } = await approveReport(t.db, {
      reportId: report.id,
      actorId: reviewer,
      now: day(9),
    });
    expect(approved.status).toBe("approved");
    expect(none).toBeNull();
    expect(await t.db.publication.count({ where: { reportId: report.id } })).toBe(0);

    const { report: published, publication } = await publishReport(t.db, {
      reportId: report.id,
      actorId: reviewer,
      now: day(10),
    });
    expect(published.status).toBe("published");
    expect(published.publishedAt?.toISOString()).toBe(day(10).toISOString());
    expect(published.publishedRevision).toBe(1);
    expect(publication.revision).toBe(1);
    const stored = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(publication.data).toEqual(stored.data);
    expect(Array.isArray(publication.findings)).toBe(true);
    expect((publication.findings as unknown as Finding[]).every((f) => f.severity !== "error")).toBe(true);
    const actions = (
      await t.db.reportEvent.findMany({ where: { reportId: report.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["create", "save", "submit", "approve", "publish"]);
  });

  it("in a one-step county: approving publishes in the same transaction", async () => {
    const report = await submitted((await place("one", true)).id);
    const { report: after, publication } = await approveReport(t.db, {
      reportId: report.id,
      actorId: reviewer,
      now: day(9),
    });
    expect(after.status).toBe("published");
    expect(publication?.revision).toBe(1);
  });

  it("refuses to publish what is not approved and to approve what is not submitted", async () => {
    const filingUnit = await place("wrong");
    const draft = await openReport(t.db, { filingUnitId: filingUnit.id, year: 2026, actorId: clerk });
    expect(
      (await refusal(approveReport(t.db, { reportId: draft.id, actorId: reviewer, now: day(9) }))).detail,
    ).toMatchObject({ status: expect.any(String) });
    expect(
      (await refusal(publishReport(t.db, { reportId: draft.id, actorId: reviewer, now: day(9) }))).detail,
    ).toMatchObject({ status: expect.any(String) });
    const report = await submitted((await place("wrong2")).id);
    const error = await refusal(publishReport(t.db, { reportId: report.id, actorId: reviewer, now: day(9) }));
    expect(error.message).toContain("已提交待审");
  });

  it("turns two reviewers approving at once into one transition and one publication", async () => {
    const report = await submitted((await place("race", true)).id);
    const results = await Promise.allSettled([
      approveReport(t.db, { reportId: report.id, actorId: reviewer, now: day(9) }),
      approveReport(t.db, { reportId: report.id, actorId: reviewer, now: day(9) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await t.db.publication.count({ where: { reportId: report.id } })).toBe(1);
    expect(await t.db.reportEvent.count({ where: { reportId: report.id, action: "approve" } })).toBe(1);
  });
});

describe("correction", () => {
  it("keeps revision 1 public while a correction goes through review, then publishes revision 2 with its note", async () => {
    const report = await submitted((await place("fix", true)).id);
    await approveReport(t.db, { reportId: report.id, actorId: reviewer, now: day(9) });
    expect(
      (
        await refusal(
          startCorrection(t.db, { reportId: report.id, actorId: reviewer, now: day(20), reason: "" }),
        )
      ).code,
    ).toBe("invalid");
    const correcting = await startCorrection(t.db, {
      reportId: report.id,
      actorId: reviewer,
      now: day(20),
      reason: "更正第二部分规章数",
    });
    expect(correcting.status).toBe("correcting");

    const fixed = completeReport((d) => (d.narratives.s5 = "更正后的问题与改进。"));
    const { report: saved } = await saveReport(t.db, {
      reportId: report.id,
      actorId: clerk,
      version: correcting.version,
      data: fixed,
      now: day(21),
    });
    const resubmitted = await submitReport(t.db, {
      reportId: report.id,
      actorId: clerk,
      version: saved.version,
      explanations: {},
      now: day(21),
    });
    expect(resubmitted.status).toBe("submitted");
    // The public still has exactly revision 1, untouched.
    const first = await t.db.publication.findUniqueOrThrow({
      where: { reportId_revision: { reportId: report.id, revision: 1 } },
    });
    expect((first.data as unknown as GovReportData).narratives.s5).not.toBe("更正后的问题与改进。");

    const { report: after, publication } = await approveReport(t.db, {
      reportId: report.id,
      actorId: reviewer,
      now: day(22),
    });
    expect(after.status).toBe("published");
    expect(after.publishedRevision).toBe(2);
    expect(after.publishedAt?.toISOString()).toBe(day(9).toISOString());
    expect(publication?.revision).toBe(2);
    expect(publication?.correctionNote).toBe("更正第二部分规章数");
    expect((publication?.data as unknown as GovReportData).narratives.s5).toBe("更正后的问题与改进。");
    expect(await t.db.publication.count({ where: { reportId: report.id } })).toBe(2);
  });

  it("cannot start from anything but a published report", async () => {
    const report = await submitted((await place("fix2")).id);
    expect(
      (
        await refusal(
          startCorrection(t.db, { reportId: report.id, actorId: reviewer, now: day(9), reason: "x" }),
        )
      ).detail,
    ).toMatchObject({ status: expect.any(String) });
  });
});
