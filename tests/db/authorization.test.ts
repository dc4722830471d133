/**
 * Every registered server action × every kind of principal × every kind of
 * filing unit it can aim at, through the one mutation path against a real
 * database. Who may act comes from the policy (allows: the action's declared
 * need at the place its input aims); the needs are pinned below, and so is
 * the one rule for clerks (only their own unit, of whatever kind), so changing
 * either fails this test until the change is deliberate.
 */
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/define-action";
import { ACTION_REGISTRY } from "@/lib/actions/registry";
import { allows, type Need } from "@/lib/authz/place";
import { FILING_UNIT_KINDS, type FilingUnitKind } from "@/lib/places/filing-unit-kinds";
import { canFillFilingUnit, canReadCounty, canReadFilingUnit } from "@/lib/authz/policy";
import {
  CLERK_OF,
  placeOfSample,
  PRINCIPALS,
  REFERENCES,
  SAMPLES,
  sampleInput,
  worldPerFile,
  type PrincipalName,
  type SamplePlace,
} from "./support/action-samples";

const world = worldPerFile();

describe("the registry", () => {
  it("pins what each action needs of its user", () => {
    expect(Object.fromEntries(ACTION_REGISTRY.map((a) => [a.name, a.need]))).toMatchInlineSnapshot(`
      {
        "account.changePassword": "self",
        "account.signOut": "self",
        "admin.createCounty": "administer",
        "admin.createFilingUnit": "administer",
        "admin.createUser": "administer",
        "admin.moveClerk": "administer",
        "admin.reinstateFilingUnit": "administer",
        "admin.renameFilingUnit": "administer",
        "admin.renameUser": "administer",
        "admin.resetPassword": "administer",
        "admin.retireFilingUnit": "administer",
        "admin.toggleUserDisabled": "administer",
        "comments.add": "read",
        "comments.resolve": "read",
        "fill.save": "fill",
        "fill.submit": "fill",
        "fill.withdraw": "fill",
        "import.preview": "administer",
        "import.readArchiveFile": "administer",
        "import.save": "administer",
        "import.saveArchiveFile": "administer",
        "notifications.markAllRead": "self",
        "reporting.openYear": "administer",
        "reporting.updateCountySettings": "administer",
        "review.approve": "review",
        "review.bulkPublish": "review",
        "review.open": "review",
        "review.publish": "review",
        "review.remind": "review",
        "review.return": "review",
        "review.startCorrection": "review",
      }
    `);
  });

  it("has a sample input and its references for every action", () => {
    for (const action of ACTION_REGISTRY) {
      expect(SAMPLES[action.name]?.input, action.name).toBeTypeOf("function");
      expect(REFERENCES[action.name], action.name).toBeInstanceOf(Array);
    }
  });
});

/** Samples aimed at one unit run against a unit of every kind; the others once. */
function kindsOf(name: string): readonly FilingUnitKind[] {
  const place = SAMPLES[name]!.place;
  return place === "filing unit" || place === "spare unit" ? FILING_UNIT_KINDS : ["township"];
}

const cases = ACTION_REGISTRY.flatMap((action) =>
  kindsOf(action.name).flatMap((kind) => PRINCIPALS.map((who) => [action.name, kind, who] as const)),
);

/**
 * Pinned by hand, not read from the policy: a clerk acts only on the unit it
 * files for (reading and filling its reports, commenting), whatever the kind
 * of either; a department's clerk reaches no township's report and a
 * township's clerk no department's.
 */
function clerkMayAct(who: PrincipalName, need: Need, place: SamplePlace, kind: FilingUnitKind): boolean {
  if (need === "self") return true;
  return place === "filing unit" && (need === "read" || need === "fill") && CLERK_OF[who] === kind;
}

describe("server actions by role, scope and kind of unit", () => {
  it.each(cases)("%s at a unit of kind %s by %s", async (name, kind, who) => {
    const action = ACTION_REGISTRY.find((a) => a.name === name)!;
    const user = world.w.users[who];
    const sample = SAMPLES[name]!;
    const allowed = allows(user, action.need, placeOfSample(world.w, sample.place, kind));
    if (user.role === "clerk") expect(allowed).toBe(clerkMayAct(who, action.need, sample.place, kind));
    const result = await executeAction(
      action,
      { user, db: world.t.db, now: new Date() },
      await sampleInput(world, name, kind),
    );
    if (allowed) {
      // Allowed through the policy: the domain may still refuse (wrong state, taken code), never as forbidden.
      if (!result.ok) expect(result.code, result.message).not.toBe("forbidden");
    } else {
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
  });
});

const pages = FILING_UNIT_KINDS.flatMap((kind) => PRINCIPALS.map((who) => [kind, who] as const));

/**
 * The pages' own checks, on the unit as a page loads it: the fill pages ask
 * canFillFilingUnit, the working copy's preview canReadFilingUnit, the review
 * page canReadCounty. A clerk passes only for its own unit, whatever its kind.
 */
describe("report pages of every kind of unit", () => {
  it.each(pages)("the %s's pages for %s", async (kind, who) => {
    const user = world.w.users[who];
    const unit = await world.t.db.filingUnit.findUniqueOrThrow({ where: { id: world.w.units[kind].id } });
    const own = CLERK_OF[who] === kind;
    const clerk = user.role === "clerk";
    expect(canFillFilingUnit(user, unit)).toBe(clerk && own);
    expect(canReadFilingUnit(user, unit)).toBe(
      clerk ? own : allows(user, "read", { countyId: unit.countyId }),
    );
    expect(canReadCounty(user, unit.countyId)).toBe(
      !clerk && allows(user, "read", { countyId: unit.countyId }),
    );
  });
});
