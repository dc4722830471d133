import { describe, expect, it } from "vitest";
import {
  canAdministerAll,
  canAdministerCounty,
  canFillFilingUnit,
  canReadCounty,
  canReadFilingUnit,
  canReviewCounty,
  homePathOf,
} from "./policy";
import type { Principal } from "./roles";

const tunli = { id: "t-tunli", countyId: "c-jixian" };
const que = { id: "t-qu-e", countyId: "c-jixian" };
const wuling = { id: "t-wuling", countyId: "c-wanzhou" };

const principals: Record<string, Principal> = {
  tunliClerk: { id: "u1", role: "clerk", filingUnitId: tunli.id, countyId: "c-jixian" },
  jixianReviewer: { id: "u2", role: "reviewer", filingUnitId: null, countyId: "c-jixian" },
  jixianAdmin: { id: "u3", role: "admin", filingUnitId: null, countyId: "c-jixian" },
  globalAdmin: { id: "u4", role: "admin", filingUnitId: null, countyId: null },
  scopelessReviewer: { id: "u5", role: "reviewer", filingUnitId: null, countyId: null },
};

// Every predicate × every principal × every resource, written out so a change of policy shows up here.
const table: [string, keyof typeof principals, boolean][] = [
  ["readFilingUnit tunli", "tunliClerk", true],
  ["readFilingUnit qu-e", "tunliClerk", false],
  ["readFilingUnit wuling", "tunliClerk", false],
  ["fillFilingUnit tunli", "tunliClerk", true],
  ["fillFilingUnit qu-e", "tunliClerk", false],
  ["readCounty jixian", "tunliClerk", false],
  ["reviewCounty jixian", "tunliClerk", false],
  ["adminCounty jixian", "tunliClerk", false],

  ["readFilingUnit tunli", "jixianReviewer", true],
  ["readFilingUnit qu-e", "jixianReviewer", true],
  ["readFilingUnit wuling", "jixianReviewer", false],
  ["fillFilingUnit tunli", "jixianReviewer", false],
  ["readCounty jixian", "jixianReviewer", true],
  ["readCounty wanzhou", "jixianReviewer", false],
  ["reviewCounty jixian", "jixianReviewer", true],
  ["reviewCounty wanzhou", "jixianReviewer", false],
  ["adminCounty jixian", "jixianReviewer", false],

  ["readFilingUnit wuling", "jixianAdmin", false],
  ["readCounty jixian", "jixianAdmin", true],
  ["reviewCounty jixian", "jixianAdmin", true],
  ["reviewCounty wanzhou", "jixianAdmin", false],
  ["adminCounty jixian", "jixianAdmin", true],
  ["adminCounty wanzhou", "jixianAdmin", false],
  ["fillFilingUnit tunli", "jixianAdmin", false],

  ["readFilingUnit wuling", "globalAdmin", true],
  ["readCounty wanzhou", "globalAdmin", true],
  ["reviewCounty wanzhou", "globalAdmin", true],
  ["adminCounty wanzhou", "globalAdmin", true],
  ["fillFilingUnit tunli", "globalAdmin", false],

  ["readCounty jixian", "scopelessReviewer", false],
  ["reviewCounty jixian", "scopelessReviewer", false],
];

function evaluate(check: string, p: Principal): boolean {
  const [predicate, target] = check.split(" ") as [string, string];
  const filingUnit = { tunli, "qu-e": que, wuling }[target];
  const county = { jixian: "c-jixian", wanzhou: "c-wanzhou" }[target];
  switch (predicate) {
    case "readFilingUnit":
      return canReadFilingUnit(p, filingUnit!);
    case "fillFilingUnit":
      return canFillFilingUnit(p, filingUnit!);
    case "readCounty":
      return canReadCounty(p, county!);
    case "reviewCounty":
      return canReviewCounty(p, county!);
    case "adminCounty":
      return canAdministerCounty(p, county!);
    default:
      throw new Error(`unknown predicate ${predicate}`);
  }
}

describe("authorization policy", () => {
  it.each(table)("%s as %s → %s", (check, who, expected) => {
    expect(evaluate(check, principals[who]!)).toBe(expected);
  });

  it("only an admin without a county administers everything", () => {
    expect(canAdministerAll(principals.globalAdmin!)).toBe(true);
    expect(canAdministerAll(principals.jixianAdmin!)).toBe(false);
    expect(canAdministerAll(principals.jixianReviewer!)).toBe(false);
  });

  it("sends each role to its own home", () => {
    expect(homePathOf({ role: "clerk" })).toBe("/fill");
    expect(homePathOf({ role: "reviewer" })).toBe("/review");
    expect(homePathOf({ role: "admin" })).toBe("/admin");
  });
});
