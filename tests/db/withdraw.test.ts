/**
 * 撤回 against a real database, through the action path: the clerk takes a
 * submission back until a reviewer opens it for review; every refusal is a
 * coded AppError with a Chinese message, and nothing is half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { AppError } from "@/lib/actions/app-error";
import { executeAction } from "@/lib/actions/define-action";
import type { CurrentUser } from "@/lib/authz/current-user";
import { saveReport } from "@/lib/reports/save-report";
import { withdrawReportAction } from "@/lib/reports/fill-actions";
import { withdrawReport } from "@/lib/reports/withdraw-report";
import { openReview } from "@/lib/workflow/open-review";
import { returnReport } from "@/lib/workflow/return-report";
import { openReviewAction } from "@/lib/workflow/review-actions";
import { reportInState } from "./dashboard-fixtures";
import { createActor } from "./support/actors";
import { completeReport } from "./support/complete-report";
import { submitExplained } from "./support/submit-explained";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let clerkA: CurrentUser;
let clerkB: CurrentUser;
let reviewer: CurrentUser;
let unitA: string;
// Years two apart: no report reads another as its last year.
let year = 2019;
const now = new Date("2027-01-12T02:00:00Z");

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "wd", name: "撤回县" } });
  const [a, b] = await Promise.all(
    ["a", "b"].map((code) =>
      t.db.filingUnit.create({
        data: { countyId: county.id, code, name: `${code}镇`, organName: `撤回县${code}镇人民政府` },
      }),
    ),
  );
  unitA = a!.id;
  clerkA = await createActor(t.db, { role: "clerk", filingUnitId: a!.id });
  clerkB = await createActor(t.db, { role: "clerk", filingUnitId: b!.id });
  reviewer = await createActor(t.db, { role: "reviewer", countyId: county.id });
});
afterAll(() => t.drop());

/** A report of unit A in `state`, in a year of its own (one report per unit and year). */
async function report(state: "submitted" | "returned" | "correcting") {
  const id = await reportInState(t.db, {
    filingUnitId: unitA,
    year: (year += 2),
    state,
    actors: { clerk: clerkA.id, reviewer: reviewer.id },
  });
  return t.db.report.findUniqueOrThrow({ where: { id } });
}

async function resubmit(reportId: string) {
  const current = await t.db.report.findUniqueOrThrow({ where: { id: reportId } });
  const { report: saved } = await saveReport(t.db, {
    reportId,
    actorId: clerkA.id,
    version: current.version,
    data: completeReport(),
    now,
  });
  return submitExplained(t.db, { reportId, actorId: clerkA.id, version: saved.version });
}

const withdraw = (user: CurrentUser, input: { reportId: string; version: number }) =>
  executeAction(withdrawReportAction, { user, db: t.db, now }, input);

function expectRefusal(result: ActionResult<unknown>, code: string, text: string | RegExp) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).toBe(code);
  expect(result.message).toMatch(/[\u4e00-\u9fff]/);
  expect(result.message).toMatch(text);
}

describe("withdrawing a submission", () => {
  it("takes an unopened submission back to draft, editable again, recorded and announced", async () => {
    const submitted = await report("submitted");
    const result = await withdraw(clerkA, { reportId: submitted.id, version: submitted.version });
    expect(result).toEqual({ ok: true, data: { version: submitted.version + 1, status: "draft" } });

    const event = await t.db.reportEvent.findFirstOrThrow({
      where: { reportId: submitted.id, action: "withdraw" },
    });
    expect(event).toMatchObject({
      fromStatus: "submitted",
      toStatus: "draft",
      actorId: clerkA.id,
      actorRole: "clerk",
    });
    const notices = await t.db.notification.findMany({
      where: { reportId: submitted.id, kind: "withdrawn" },
    });
    expect(notices.map((n) => n.userId)).toEqual([reviewer.id]);
    expect(notices[0]!.message).toContain("撤回");

    // Editable again: the clerk saves and submits anew.
    const again = await resubmit(submitted.id);
    expect(again.status).toBe("submitted");
  });

  it("goes back to the state it was submitted from: a returned report to 已退回, a correction to 更正中", async () => {
    const returned = await report("returned");
    const fromReturned = await resubmit(returned.id);
    expect(await withdraw(clerkA, { reportId: returned.id, version: fromReturned.version })).toMatchObject({
      ok: true,
      data: { status: "returned" },
    });

    const correcting = await report("correcting");
    const fromCorrection = await resubmit(correcting.id);
    expect(
      await withdraw(clerkA, { reportId: correcting.id, version: fromCorrection.version }),
    ).toMatchObject({
      ok: true,
      data: { status: "correcting" },
    });
    const row = await t.db.report.findUniqueOrThrow({ where: { id: correcting.id } });
    expect(row.publishedRevision).toBe(1);
  });

  it("is refused once a reviewer has opened the report, with a coded Chinese refusal, and changes nothing", async () => {
    const submitted = await report("submitted");
    const opened = await executeAction(
      openReviewAction,
      { user: reviewer, db: t.db, now },
      { reportId: submitted.id },
    );
    expect(opened).toEqual({ ok: true, data: { opened: true } });

    const result = await withdraw(clerkA, { reportId: submitted.id, version: submitted.version });
    expectRefusal(result, "conflict", "审核人已开始审核");
    const row = await t.db.report.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(row).toMatchObject({ status: "submitted", version: submitted.version });
    expect(await t.db.reportEvent.count({ where: { reportId: submitted.id, action: "withdraw" } })).toBe(0);

    // The domain function refuses with the one AppError.
    const error = await withdrawReport(t.db, {
      reportId: submitted.id,
      actorId: clerkA.id,
      version: submitted.version,
      now,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
  });

  it("is refused to the clerk of another unit of the same county", async () => {
    const submitted = await report("submitted");
    expectRefusal(
      await withdraw(clerkB, { reportId: submitted.id, version: submitted.version }),
      "forbidden",
      /无权/,
    );
    expect((await t.db.report.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("submitted");
  });

  it("is refused to the reviewer: withdrawing is the filing unit's step", async () => {
    const submitted = await report("submitted");
    expectRefusal(
      await withdraw(reviewer, { reportId: submitted.id, version: submitted.version }),
      "forbidden",
      /无权/,
    );
  });

  it("happens once: a second withdrawal, at once or later, is refused", async () => {
    const submitted = await report("submitted");
    const input = { reportId: submitted.id, version: submitted.version };
    const [first, second] = await Promise.all([withdraw(clerkA, input), withdraw(clerkA, input)]);
    expect([first, second].filter((r) => r.ok)).toHaveLength(1);
    expectRefusal(
      [first, second].find((r) => !r.ok)!,
      "conflict",
      /./,
    );

    const later = await withdraw(clerkA, { reportId: submitted.id, version: submitted.version + 1 });
    expectRefusal(later, "conflict", "报告当前状态为“填写中”，不能撤回");
    expect(await t.db.reportEvent.count({ where: { reportId: submitted.id, action: "withdraw" } })).toBe(1);
  });

  it("is refused for a stale version: the page read the report before it changed", async () => {
    const submitted = await report("submitted");
    expectRefusal(
      await withdraw(clerkA, { reportId: submitted.id, version: submitted.version - 1 }),
      "conflict",
      "版本",
    );
    expect((await t.db.report.findUniqueOrThrow({ where: { id: submitted.id } })).status).toBe("submitted");
  });

  it("is allowed again after the report is returned and resubmitted: each submission starts unopened", async () => {
    const submitted = await report("submitted");
    await openReview(t.db, { reportId: submitted.id, actorId: reviewer.id, now });
    await returnReport(t.db, { reportId: submitted.id, actorId: reviewer.id, now, reason: "请补充第五部分" });
    const again = await resubmit(submitted.id);
    expect(again.reviewOpenedAt).toBeNull();
    expect(await withdraw(clerkA, { reportId: submitted.id, version: again.version })).toMatchObject({
      ok: true,
    });
  });

  it("races a reviewer opening the report: exactly one of them wins", async () => {
    for (let i = 0; i < 4; i++) {
      const submitted = await report("submitted");
      const [opened, withdrawn] = await Promise.all([
        openReview(t.db, { reportId: submitted.id, actorId: reviewer.id, now }),
        withdraw(clerkA, { reportId: submitted.id, version: submitted.version }),
      ]);
      expect(opened !== withdrawn.ok, `round ${i}`).toBe(true);
      const row = await t.db.report.findUniqueOrThrow({ where: { id: submitted.id } });
      expect(row.status).toBe(opened ? "submitted" : "draft");
    }
  });
});

describe("opening a submission for review", () => {
  it("is marked once, in the audit trail, and never for a report in another state", async () => {
    const submitted = await report("submitted");
    expect(await openReview(t.db, { reportId: submitted.id, actorId: reviewer.id, now })).toBe(true);
    expect(await openReview(t.db, { reportId: submitted.id, actorId: reviewer.id, now })).toBe(false);
    const events = await t.db.reportEvent.findMany({
      where: { reportId: submitted.id, action: "open_review" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      fromStatus: "submitted",
      toStatus: "submitted",
      actorRole: "reviewer",
    });
    const row = await t.db.report.findUniqueOrThrow({ where: { id: submitted.id } });
    // A mark, not an edit: the clerk's version stays.
    expect(row).toMatchObject({ version: submitted.version, reviewOpenedAt: now });

    const returned = await report("returned");
    expect(await openReview(t.db, { reportId: returned.id, actorId: reviewer.id, now })).toBe(false);
    expect((await t.db.report.findUniqueOrThrow({ where: { id: returned.id } })).reviewOpenedAt).toBeNull();
  });

  it("is only for those who review the county", async () => {
    const submitted = await report("submitted");
    const result = await executeAction(
      openReviewAction,
      { user: clerkA, db: t.db, now },
      { reportId: submitted.id },
    );
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect((await t.db.report.findUniqueOrThrow({ where: { id: submitted.id } })).reviewOpenedAt).toBeNull();
  });
});
