/**
 * A small world every registered action can act in: county X with a filing
 * unit of every kind (township A — the default target — and township B, a
 * street, a department and the county government), each of the first four
 * kinds with a report and a comment thread, and county Y (township C); a clerk
 * of each of those units, reviewers and admins. For each action, a valid input
 * aimed at county X, with the place it names written by hand. Actions that act
 * on one filing unit take the unit to aim at, so the authorization matrix runs
 * them against a unit of every kind; the refusal table runs every registered
 * action on the township.
 */
import { afterAll, beforeAll } from "vitest";
import type { CurrentUser } from "@/lib/authz/current-user";
import type { Place } from "@/lib/authz/place";
import type { Db } from "@/lib/db/client";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { FILING_UNIT_KINDS, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { openReport } from "@/lib/reports/open-report";
import { freshDatabase, type TestDatabase } from "../test-database";
import { createActor } from "./actors";
import { completeReport } from "./complete-report";

export const PRINCIPALS = [
  "clerk of A",
  "clerk of B (same county)",
  "clerk of the street",
  "clerk of the department",
  "clerk of the county government",
  "clerk of C (other county)",
  "reviewer of X",
  "reviewer of Y",
  "admin of X",
  "admin of Y",
  "admin of all",
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/** The unit of county X each clerk files for, by kind (B and C file for none of the targets). */
export const CLERK_OF: Partial<Record<PrincipalName, FilingUnitKind>> = {
  "clerk of A": "township",
  "clerk of the street": "street",
  "clerk of the department": "department",
  "clerk of the county government": "government",
};

/** A unit of county X an action may aim at: its report of 2026 and a comment thread on it. */
interface Target {
  id: string;
  countyId: string;
  kind: FilingUnitKind;
  report: string;
  comment: string;
  /** Another unit of the same kind, without reports: the one renamed, retired and reinstated. */
  spare: string;
}

export interface World {
  countyX: string;
  countyY: string;
  units: Record<FilingUnitKind, Target>;
  /** An account of county X that admin actions act on (not one of the principals). */
  accountOfX: string;
  users: Record<PrincipalName, CurrentUser>;
}

const UNITS: Record<FilingUnitKind, { code: string; name: string; organName: string }[]> = {
  township: [
    { code: "ta", name: "甲镇", organName: "甲县甲镇人民政府" },
    { code: "ta2", name: "甲二镇", organName: "甲县甲二镇人民政府" },
  ],
  street: [
    { code: "ts", name: "城西街道", organName: "甲县城西街道办事处" },
    { code: "ts2", name: "城东街道", organName: "甲县城东街道办事处" },
  ],
  department: [
    { code: "td", name: "县发展和改革局", organName: "甲县发展和改革局" },
    { code: "td2", name: "县自然资源局", organName: "甲县自然资源局" },
  ],
  // At most one county government in use: the spare one is retired from the start.
  government: [
    { code: "tg", name: "甲县人民政府", organName: "甲县人民政府" },
    { code: "tg2", name: "甲县人民政府（旧）", organName: "甲县人民政府" },
  ],
};

async function buildTarget(db: Db, countyId: string, kind: FilingUnitKind, reviewerId: string) {
  const [main, spare] = UNITS[kind];
  const unit = await db.filingUnit.create({ data: { countyId, kind, ...main! } });
  const other = await db.filingUnit.create({
    data: { countyId, kind, ...spare!, retiredAt: kind === "government" ? new Date() : null },
  });
  const clerk = await createActor(db, { role: "clerk", filingUnitId: unit.id });
  const report = await openReport(db, { filingUnitId: unit.id, year: 2026, actorId: clerk.id });
  const comment = await db.reviewComment.create({
    data: { reportId: report.id, authorId: reviewerId, target: null, body: "请核对第三部分" },
  });
  return {
    clerk,
    target: { id: unit.id, countyId, kind, report: report.id, comment: comment.id, spare: other.id },
  };
}

async function buildWorld(db: Db): Promise<World> {
  const x = await db.county.create({ data: { code: "cx", name: "甲县" } });
  const y = await db.county.create({ data: { code: "cy", name: "乙县" } });
  const b = await db.filingUnit.create({
    data: { countyId: x.id, code: "tb", name: "乙镇", organName: "甲县乙镇人民政府" },
  });
  const c = await db.filingUnit.create({
    data: { countyId: y.id, code: "tc", name: "丙镇", organName: "乙县丙镇人民政府" },
  });
  const reviewerX = await createActor(db, { role: "reviewer", countyId: x.id });
  const built = {} as Record<FilingUnitKind, Awaited<ReturnType<typeof buildTarget>>>;
  for (const kind of FILING_UNIT_KINDS) built[kind] = await buildTarget(db, x.id, kind, reviewerX.id);
  const users = {
    "clerk of A": built.township.clerk,
    "clerk of B (same county)": await createActor(db, { role: "clerk", filingUnitId: b.id }),
    "clerk of the street": built.street.clerk,
    "clerk of the department": built.department.clerk,
    "clerk of the county government": built.government.clerk,
    "clerk of C (other county)": await createActor(db, { role: "clerk", filingUnitId: c.id }),
    "reviewer of X": reviewerX,
    "reviewer of Y": await createActor(db, { role: "reviewer", countyId: y.id }),
    "admin of X": await createActor(db, { role: "admin", countyId: x.id }),
    "admin of Y": await createActor(db, { role: "admin", countyId: y.id }),
    "admin of all": await createActor(db, { role: "admin" }),
  } satisfies Record<PrincipalName, CurrentUser>;
  const account = await createActor(db, { role: "clerk", filingUnitId: built.township.target.id });
  return {
    countyX: x.id,
    countyY: y.id,
    units: {
      township: built.township.target,
      street: built.street.target,
      department: built.department.target,
      government: built.government.target,
    },
    accountOfX: account.id,
    users,
  };
}

/**
 * "filing unit": the unit the sample is aimed at (township A unless a kind is
 * asked for); "spare unit": the other unit of that kind, which the unit's life
 * actions rename, retire and reinstate without touching the targets' reports.
 */
export type SamplePlace = "filing unit" | "spare unit" | "county X" | "all counties" | "own account";

type Input = Record<string, unknown>;

export interface Sample {
  /** Where the input aims, written here by hand: the policy decides who may act there. */
  place: SamplePlace;
  /** The input, built when the action runs (a unit's version is read then, as a form would show it). */
  input: (w: World, at: Target, db: Db) => Input | Promise<Input>;
}

/** A published report as the archive page sends it. */
const seedFile = () => new File([readDemoSeed("000-tunli-2020.txt")], "000-tunli-2020.txt");

let serial = 0;
const unique = (prefix: string) => `${prefix}${++serial}`;

/** The spare unit's id and current version, as the admin page's forms send them. */
async function spareAsSeen(db: Db, at: Target) {
  const unit = await db.filingUnit.findUniqueOrThrow({ where: { id: at.spare } });
  return { filingUnitId: unit.id, version: String(unit.version) };
}

const atUnit = (input: Sample["input"]): Sample => ({ place: "filing unit", input });
const atSpare = (input: Sample["input"]): Sample => ({ place: "spare unit", input });

/** A valid input for every registered action, by name. */
export const SAMPLES: Record<string, Sample> = {
  "admin.createCounty": { place: "all counties", input: () => ({ code: unique("county-"), name: "新县" }) },
  "admin.createFilingUnit": {
    place: "county X",
    input: (w) => ({
      countyId: w.countyX,
      kind: "department",
      code: unique("unit-"),
      name: "县新设局",
      organName: "甲县新设局",
    }),
  },
  "admin.renameFilingUnit": atSpare(async (_, at, db) => ({
    ...(await spareAsSeen(db, at)),
    name: "新名称",
    organName: "甲县新名称",
  })),
  "admin.retireFilingUnit": atSpare((_, at, db) => spareAsSeen(db, at)),
  "admin.reinstateFilingUnit": atSpare((_, at, db) => spareAsSeen(db, at)),
  "admin.moveClerk": atUnit((w, at) => ({ userId: w.accountOfX, filingUnitId: at.id })),
  "admin.createUser": atUnit((_, at) => ({
    username: unique("clerk"),
    name: "新填报人",
    role: "clerk",
    filingUnitId: at.id,
  })),
  "admin.toggleUserDisabled": { place: "county X", input: (w) => ({ userId: w.accountOfX }) },
  "admin.resetPassword": { place: "county X", input: (w) => ({ userId: w.accountOfX }) },
  "admin.renameUser": {
    place: "county X",
    input: (w) => ({ userId: w.accountOfX, username: "renamed-by-admin", name: "新名称" }),
  },
  "reporting.openYear": { place: "county X", input: (w) => ({ countyId: w.countyX, year: "2026" }) },
  "reporting.updateCountySettings": {
    place: "county X",
    input: (w) => ({
      countyId: w.countyX,
      defaultDeadline: "01-31",
      approvalPublishes: "0",
      blockEarlySubmission: "0",
    }),
  },
  "review.return": atUnit((_, at) => ({ reportId: at.report, reason: "数字有误" })),
  "review.approve": atUnit((_, at) => ({ reportId: at.report })),
  "review.publish": atUnit((_, at) => ({ reportId: at.report })),
  "review.startCorrection": atUnit((_, at) => ({ reportId: at.report, reason: "更正数字" })),
  "review.open": atUnit((_, at) => ({ reportId: at.report })),
  "review.remind": {
    place: "county X",
    input: (w) => ({ countyId: w.countyX, year: "2026", filingUnit: [w.units.township.id] }),
  },
  "comments.add": atUnit((_, at) => ({ reportId: at.report, body: "请补充说明" })),
  "comments.resolve": atUnit((_, at) => ({ commentId: at.comment })),
  "fill.save": atUnit((_, at) => ({ reportId: at.report, version: 1, data: completeReport() })),
  "fill.submit": atUnit((_, at) => ({ reportId: at.report, version: 1, explanations: {} })),
  "fill.withdraw": atUnit((_, at) => ({ reportId: at.report, version: 1 })),
  "review.bulkPublish": {
    place: "county X",
    input: (w) => ({ county: "cx", report: [w.units.township.report] }),
  },
  "import.preview": atUnit((_, at) => ({
    filingUnitId: at.id,
    text: "甲县甲镇2025年政府信息公开工作年度报告",
  })),
  "import.save": atUnit((_, at) => ({
    filingUnitId: at.id,
    sourceKind: "text",
    sourceContent: "甲县甲镇2025年政府信息公开工作年度报告",
    sourceName: "粘贴的文本",
  })),
  "account.changePassword": {
    place: "own account",
    input: () => ({
      currentPassword: "not-the-password1",
      newPassword: "NewPassword1",
      confirmPassword: "NewPassword1",
    }),
  },
  "notifications.markAllRead": { place: "own account", input: () => ({}) },
  "account.signOut": { place: "own account", input: () => ({}) },
  "import.readArchiveFile": {
    place: "county X",
    input: (w) => ({ countyId: w.countyX, file: seedFile(), name: "2020/屯里镇.txt" }),
  },
  "import.saveArchiveFile": atUnit((_, at) => ({
    filingUnitId: at.id,
    file: seedFile(),
    name: "2020/屯里镇.txt",
    year: "2020",
  })),
};

/** The sample's input aimed at a unit of `kind` (township A by default). */
export async function sampleInput(
  world: { t: TestDatabase; w: World },
  name: string,
  kind: FilingUnitKind = "township",
): Promise<Input> {
  return SAMPLES[name]!.input(world.w, world.w.units[kind], world.t.db);
}

/** Fields of each action's input that name an existing row (they answer not-found when they name nothing). */
export const REFERENCES: Record<string, readonly string[]> = {
  "admin.createCounty": [],
  "admin.createFilingUnit": ["countyId"],
  "admin.renameFilingUnit": ["filingUnitId"],
  "admin.retireFilingUnit": ["filingUnitId"],
  "admin.reinstateFilingUnit": ["filingUnitId"],
  "admin.moveClerk": ["userId", "filingUnitId"],
  "admin.createUser": ["filingUnitId"],
  "admin.toggleUserDisabled": ["userId"],
  "admin.resetPassword": ["userId"],
  "admin.renameUser": ["userId"],
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

/** The place a sample aims at, for the policy. */
export function placeOfSample(w: World, place: SamplePlace, kind: FilingUnitKind = "township"): Place | null {
  if (place === "filing unit") return { filingUnit: { id: w.units[kind].id, countyId: w.countyX } };
  if (place === "spare unit") return { filingUnit: { id: w.units[kind].spare, countyId: w.countyX } };
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
