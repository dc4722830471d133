import { describe, expect, it } from "vitest";
import {
  canAdministerAll,
  canAdministerCounty,
  canFillTownship,
  canReadCounty,
  canReadTownship,
  canReviewCounty,
  homePathOf,
} from "./policy";
import type { Principal } from "./roles";

const tunli = { id: "t-tunli", countyId: "c-jixian" };
const que = { id: "t-qu-e", countyId: "c-jixian" };
const wuling = { id: "t-wuling", countyId: "c-wanzhou" };

const principals: Record<string, Principal> = {
  tunliClerk: { id: "u1", role: "clerk", townshipId: tunli.id, countyId: "c-jixian" },
  jixianReviewer: { id: "u2", role: "reviewer", townshipId: null, countyId: "c-jixian" },
  jixianAdmin: { id: "u3", role: "admin", townshipId: null, countyId: "c-jixian" },
  globalAdmin: { id: "u4", role: "admin", townshipId: null, countyId: null },
  scopelessReviewer: { id: "u5", role: "reviewer", townshipId: null, countyId: null },
};

// Every predicate × every principal × every resource, written out so a change of policy shows up here.
const table: [string, keyof typeof principals, boolean][] = [
  ["readTownship tunli", "tunliClerk", true],
  ["readTownship qu-e", "tunliClerk", false],
  ["readTownship wuling", "tunliClerk", false],
  ["fillTownship tunli", "tunliClerk", true],
  ["fillTownship qu-e", "tunliClerk", false],
  ["readCounty jixian", "tunliClerk", false],
  ["reviewCounty jixian", "tunliClerk", false],
  ["adminCounty jixian", "tunliClerk", false],

  ["readTownship tunli", "jixianReviewer", true],
  ["readTownship qu-e", "jixianReviewer", true],
  ["readTownship wuling", "jixianReviewer", false],
  ["fillTownship tunli", "jixianReviewer", false],
  ["readCounty jixian", "jixianReviewer", true],
  ["readCounty wanzhou", "jixianReviewer", false],
  ["reviewCounty jixian", "jixianReviewer", true],
  ["reviewCounty wanzhou", "jixianReviewer", false],
  ["adminCounty jixian", "jixianReviewer", false],

  ["readTownship wuling", "jixianAdmin", false],
  ["readCounty jixian", "jixianAdmin", true],
  ["reviewCounty jixian", "jixianAdmin", true],
  ["reviewCounty wanzhou", "jixianAdmin", false],
  ["adminCounty jixian", "jixianAdmin", true],
  ["adminCounty wanzhou", "jixianAdmin", false],
  ["fillTownship tunli", "jixianAdmin", false],

  ["readTownship wuling", "globalAdmin", true],
  ["readCounty wanzhou", "globalAdmin", true],
  ["reviewCounty wanzhou", "globalAdmin", true],
  ["adminCounty wanzhou", "globalAdmin", true],
  ["fillTownship tunli", "globalAdmin", false],

  ["readCounty jixian", "scopelessReviewer", false],
  ["reviewCounty jixian", "scopelessReviewer", false],
];

function evaluate(check: string, p: Principal): boolean {
  const [predicate, target] = check.split(" ") as [string, string];
  const township = { tunli, "qu-e": que, wuling }[target];
  const county = { jixian: "c-jixian", wanzhou: "c-wanzhou" }[target];
  switch (predicate) {
    case "readTownship":
      return canReadTownship(p, township!);
    case "fillTownship":
      return canFillTownship(p, township!);
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
