/**
 * A small world every registered action can act in: county X (filing unit A with
 * a report and a comment thread, filing unit B) and county Y (filing unit C), the
 * eight kinds of principal, and for each action a valid input aimed at
 * county X with the place it names. The authorization matrix and the refusal
 * table both run every registered action on it.
 */
import { afterAll, beforeAll } from "vitest";
import type { CurrentUser } from "@/lib/authz/current-user";
import type { Place } from "@/lib/authz/place";
import type { Db } from "@/lib/db/client";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { openReport } from "@/lib/reports/open-report";
import { freshDatabase, type TestDatabase } from "../test-database";
import { createActor } from "./actors";
import { completeReport } from "./complete-report";

export const PRINCIPALS = [
  "clerk of A",
  "clerk of B (same county)",
  "clerk of C (other county)",
  "reviewer of X",
  "reviewer of Y",
  "admin of X",
  "admin of Y",
  "admin of all",
] as const;
type PrincipalName = (typeof PRINCIPALS)[number];

export interface World {
  countyX: string;
  countyY: string;
  filingUnitA: { id: string; countyId: string };
  reportA: string;
  commentA: string;
  /** An account of county X that admin actions act on (not one of the principals). */
  accountOfX: string;
  users: Record<PrincipalName, CurrentUser>;
}

async function buildWorld(db: Db): Promise<World> {
  const x = await db.county.create({ data: { code: "cx", name: "甲县" } });
  const y = await db.county.create({ data: { code: "cy", name: "乙县" } });
  const a = await db.filingUnit.create({
    data: { countyId: x.id, code: "ta", name: "甲镇", organName: "甲县甲镇人民政府" },
  });
  const b = await db.filingUnit.create({
    data: { countyId: x.id, code: "tb", name: "乙镇", organName: "甲县乙镇人民政府" },
  });
  const c = await db.filingUnit.create({
    data: { countyId: y.id, code: "tc", name: "丙镇", organName: "乙县丙镇人民政府" },
  });
  const users = {
    "clerk of A": await createActor(db, { role: "clerk", filingUnitId: a.id }),
    "clerk of B (same county)": await createActor(db, { role: "clerk", filingUnitId: b.id }),
    "clerk of C (other county)": await createActor(db, { role: "clerk", filingUnitId: c.id }),
    "reviewer of X": await createActor(db, { role: "reviewer", countyId: x.id }),
    "reviewer of Y": await createActor(db, { role: "reviewer", countyId: y.id }),
    "admin of X": await createActor(db, { role: "admin", countyId: x.id }),
    "admin of Y": await createActor(db, { role: "admin", countyId: y.id }),
    "admin of all": await createActor(db, { role: "admin" }),
  } satisfies Record<PrincipalName, CurrentUser>;
  const report = await openReport(db, { filingUnitId: a.id, year: 2026, actorId: users["clerk of A"].id });
  const comment = await db.reviewComment.create({
    data: { reportId: report.id, authorId: users["reviewer of X"].id, target: null, body: "请核对第三部分" },
  });
  const account = await createActor(db, { role: "clerk", filingUnitId: a.id });
  return {
    countyX: x.id,
    countyY: y.id,
    filingUnitA: { id: a.id, countyId: x.id },
    reportA: report.id,
    commentA: comment.id,
    accountOfX: account.id,
    users,
  };
}

export type SamplePlace = "filingUnit A" | "county X" | "all counties" | "own account";

export interface Sample {
  input: Record<string, unknown>;
  /** Where the input aims, written here by hand: the policy decides who may act there. */
  place: SamplePlace;
}

/** A published report as the archive page sends it. */
const seedFile = () => new File([readDemoSeed("000-tunli-2020.txt")], "000-tunli-2020.txt");

let serial = 0;
const unique = (prefix: string) => `${prefix}${++serial}`;

/** A valid input for every registered action, by name. */
export const SAMPLES: Record<string, (w: World) => Sample> = {
  "admin.createCounty": () => ({ input: { code: unique("county-"), name: "新县" }, place: "all counties" }),
  "admin.createFilingUnit": (w) => ({
    input: { countyId: w.countyX, code: unique("town-"), name: "新镇", organName: "甲县新镇人民政府" },
    place: "county X",
  }),
  "admin.createUser": (w) => ({
    input: { username: unique("clerk"), name: "新填报人", role: "clerk", filingUnitId: w.filingUnitA.id },
    place: "filingUnit A",
  }),
  "admin.toggleUserDisabled": (w) => ({ input: { userId: w.accountOfX }, place: "county X" }),
  "admin.resetPassword": (w) => ({ input: { userId: w.accountOfX }, place: "county X" }),
  "reporting.openYear": (w) => ({ input: { countyId: w.countyX, year: "2026" }, place: "county X" }),
  "reporting.updateCountySettings": (w) => ({
    input: {
      countyId: w.countyX,
      defaultDeadline: "01-31",
      approvalPublishes: "0",
      blockEarlySubmission: "0",
    },
    place: "county X",
  }),
  "review.return": (w) => ({ input: { reportId: w.reportA, reason: "数字有误" }, place: "filingUnit A" }),
  "review.approve": (w) => ({ input: { reportId: w.reportA }, place: "filingUnit A" }),
  "review.publish": (w) => ({ input: { reportId: w.reportA }, place: "filingUnit A" }),
  "review.startCorrection": (w) => ({
    input: { reportId: w.reportA, reason: "更正数字" },
    place: "filingUnit A",
  }),
  "review.open": (w) => ({ input: { reportId: w.reportA }, place: "filingUnit A" }),
  "review.remind": (w) => ({
    input: { countyId: w.countyX, year: "2026", filingUnit: [w.filingUnitA.id] },
    place: "county X",
  }),
  "comments.add": (w) => ({ input: { reportId: w.reportA, body: "请补充说明" }, place: "filingUnit A" }),
  "comments.resolve": (w) => ({ input: { commentId: w.commentA }, place: "filingUnit A" }),
  "fill.save": (w) => ({
    input: { reportId: w.reportA, version: 1, data: completeReport() },
    place: "filingUnit A",
  }),
  "fill.submit": (w) => ({
    input: { reportId: w.reportA, version: 1, explanations: {} },
    place: "filingUnit A",
  }),
  "fill.withdraw": (w) => ({ input: { reportId: w.reportA, version: 1 }, place: "filingUnit A" }),
  "review.bulkPublish": (w) => ({ input: { county: "cx", report: [w.reportA] }, place: "county X" }),
  "import.preview": (w) => ({
    input: { filingUnitId: w.filingUnitA.id, text: "甲县甲镇2025年政府信息公开工作年度报告" },
    place: "filingUnit A",
  }),
  "import.save": (w) => ({
    input: {
      filingUnitId: w.filingUnitA.id,
      sourceKind: "text",
      sourceContent: "甲县甲镇2025年政府信息公开工作年度报告",
      sourceName: "粘贴的文本",
    },
    place: "filingUnit A",
  }),
  "account.changePassword": () => ({
    input: {
      currentPassword: "not-the-password1",
      newPassword: "NewPassword1",
      confirmPassword: "NewPassword1",
    },
    place: "own account",
  }),
  "notifications.markAllRead": () => ({ input: {}, place: "own account" }),
  "account.signOut": () => ({ input: {}, place: "own account" }),
  "import.readArchiveFile": (w) => ({
    input: { countyId: w.countyX, file: seedFile(), name: "2020/屯里镇.txt" },
    place: "county X",
  }),
  "import.saveArchiveFile": (w) => ({
    input: { filingUnitId: w.filingUnitA.id, file: seedFile(), name: "2020/屯里镇.txt", year: "2020" },
    place: "filingUnit A",
  }),
};

/** Fields of each action's input that name an existing row (they answer not-found when they name nothing). */
export const REFERENCES: Record<string, readonly string[]> = {
  "admin.createCounty": [],
  "admin.createFilingUnit": ["countyId"],
  "admin.createUser": ["filingUnitId"],
  "admin.toggleUserDisabled": ["userId"],
  "admin.resetPassword": ["userId"],
  "reporting.openYear": ["countyId"],
  "reporting.updateCountySettings": ["countyId"],
  "review.return": ["reportId"],
  "review.approve": ["reportId"],
  "review.publish": ["reportId"],
  "review.startCorrection": ["reportId"],
  "comments.add": ["reportId"],
  "comments.resolve": ["commentId"],
  "fill.save": ["reportId"],
  "fill.submit": ["reportId"],
  "fill.withdraw": ["reportId"],
  "review.open": ["reportId"],
  "review.bulkPublish": ["county"],
  "import.preview": ["filingUnitId"],
  "import.save": ["filingUnitId"],
  "account.changePassword": [],
  "notifications.markAllRead": [],
  "account.signOut": [],
  "import.readArchiveFile": ["countyId"],
  "import.saveArchiveFile": ["filingUnitId"],
  "review.remind": ["countyId"],
};

export function placeOfSample(w: World, place: SamplePlace): Place | null {
  if (place === "filingUnit A") return { filingUnit: w.filingUnitA };
  if (place === "county X") return { countyId: w.countyX };
  if (place === "all counties") return { allCounties: true };
  return null;
}

/** A fresh database holding the world, for one test file; read `t` and `w` inside tests. */
export function worldPerFile(): { readonly t: TestDatabase; readonly w: World } {
  const state = {} as { t: TestDatabase; w: World };
  beforeAll(async () => {
    state.t = await freshDatabase();
    state.w = await buildWorld(state.t.db);
  });
  afterAll(() => state.t.drop());
  return state;
}
