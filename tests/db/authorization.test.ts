/**
 * Every report action × every role and scope, against a real database: the
 * table says who may do what; reportInScope is what every server action asks
 * before it touches a report.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/authz/roles";
import { openReport } from "@/lib/reports/open-report";
import { reportInScope } from "@/lib/reports/report-access";
import { WorkflowError } from "@/lib/workflow/workflow-error";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
const principals: Record<string, Principal> = {};
let reportA: string;

/** The scope each server action demands (the actions.ts files under app/). */
const ACTIONS = {
  save: "fill",
  submit: "fill",
  return: "review",
  approve: "review",
  publish: "review",
  start_correction: "review",
  comment: "read",
  resolve_comment: "read",
  view_review_page: "read",
} as const;

// Who may act on a report of township A (county X).
const ALLOWED: Record<string, (keyof typeof ACTIONS)[]> = {
  "clerk of A": ["save", "submit", "comment", "resolve_comment", "view_review_page"],
  "clerk of B (same county)": [],
  "clerk of C (other county)": [],
  "reviewer of X": ["return", "approve", "publish", "start_correction", "comment", "resolve_comment", "view_review_page"],
  "reviewer of Y": [],
  "admin of X": ["return", "approve", "publish", "start_correction", "comment", "resolve_comment", "view_review_page"],
  "admin of Y": [],
  "admin of all": ["return", "approve", "publish", "start_correction", "comment", "resolve_comment", "view_review_page"],
};

beforeAll(async () => {
  t = await freshDatabase();
  const x = await t.db.county.create({ data: { code: "x", name: "甲县" } });
  const y = await t.db.county.create({ data: { code: "y", name: "乙县" } });
  const a = await t.db.township.create({ data: { countyId: x.id, code: "a", name: "甲镇", organName: "甲镇人民政府" } });
  const b = await t.db.township.create({ data: { countyId: x.id, code: "b", name: "乙镇", organName: "乙镇人民政府" } });
  const c = await t.db.township.create({ data: { countyId: y.id, code: "c", name: "丙镇", organName: "丙镇人民政府" } });
  Object.assign(principals, {
    "clerk of A": { id: "u1", role: "clerk", townshipId: a.id, countyId: x.id },
    "clerk of B (same county)": { id: "u2", role: "clerk", townshipId: b.id, countyId: x.id },
    "clerk of C (other county)": { id: "u3", role: "clerk", townshipId: c.id, countyId: y.id },
    "reviewer of X": { id: "u4", role: "reviewer", townshipId: null, countyId: x.id },
    "reviewer of Y": { id: "u5", role: "reviewer", townshipId: null, countyId: y.id },
    "admin of X": { id: "u6", role: "admin", townshipId: null, countyId: x.id },
    "admin of Y": { id: "u7", role: "admin", townshipId: null, countyId: y.id },
    "admin of all": { id: "u8", role: "admin", townshipId: null, countyId: null },
  } satisfies Record<string, Principal>);
  await t.db.user.create({ data: { id: "u1", name: "甲", email: "u1@x.invalid", townshipId: a.id } });
  reportA = (await openReport(t.db, { townshipId: a.id, year: 2026, actorId: "u1" })).id;
});
afterAll(() => t.drop());

const cases = Object.entries(ALLOWED).flatMap(([who, allowed]) =>
  Object.entries(ACTIONS).map(([action, need]) => [who, action, need, allowed.includes(action as keyof typeof ACTIONS)] as const),
);

describe("report actions by role and scope", () => {
  it.each(cases)("%s · %s (%s) → allowed %s", async (who, _action, need, allowed) => {
    const attempt = reportInScope(t.db, principals[who]!, reportA, need);
    if (allowed) {
      await expect(attempt).resolves.toMatchObject({ id: reportA });
    } else {
      const error = await attempt.then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowError);
      expect((error as WorkflowError).code).toBe("forbidden");
    }
  });

  it("answers not found for a report that does not exist, whoever asks", async () => {
    await expect(reportInScope(t.db, principals["admin of all"]!, "missing", "read")).rejects.toMatchObject({ code: "not_found" });
  });
});
