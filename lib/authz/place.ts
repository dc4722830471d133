import {
  canAdministerAll,
  canAdministerCounty,
  canFillFilingUnit,
  canReadCounty,
  canReadFilingUnit,
  canReviewCounty,
  type FilingUnitRef,
} from "./policy";
import type { Principal } from "./roles";

/**
 * What a server action needs of the signed-in user, declared once per action
 * (lib/actions/registry.ts). "self": any signed-in user acting on their own
 * account or notices; the others are checked against the place acted on.
 */
export type Need = "self" | "read" | "fill" | "review" | "administer";

/** Where an action acts: a filing unit (or one of its reports), a county, or every county. */
export type Place = { filingUnit: FilingUnitRef } | { countyId: string } | { allCounties: true };

/** The policy's answer for a need at a place; the action wrapper and the authorization test both ask it. */
export function allows(p: Principal, need: Need, place: Place | null): boolean {
  if (need === "self") return true;
  if (!place) return false;
  if ("allCounties" in place) return need === "administer" && canAdministerAll(p);
  if ("countyId" in place) {
    if (need === "read") return canReadCounty(p, place.countyId);
    if (need === "review") return canReviewCounty(p, place.countyId);
    if (need === "administer") return canAdministerCounty(p, place.countyId);
    return false;
  }
  const t = place.filingUnit;
  if (need === "read") return canReadFilingUnit(p, t);
  if (need === "fill") return canFillFilingUnit(p, t);
  if (need === "review") return canReviewCounty(p, t.countyId);
  return canAdministerCounty(p, t.countyId);
}
