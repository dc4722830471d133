/**
 * The authorization policy: pure predicates over a principal and a resource.
 * Every page, route handler and server action asks these (through
 * lib/authz/guards.ts); nothing else decides who may see what.
 */
import type { Principal } from "./roles";

export interface FilingUnitRef {
  id: string;
  countyId: string;
}

/** Read a filing unit's own reports and pages. */
export function canReadFilingUnit(p: Principal, t: FilingUnitRef): boolean {
  if (p.role === "clerk") return p.filingUnitId === t.id;
  return canReadCounty(p, t.countyId);
}

/** Fill in and submit a filing unit's report: only that filing unit's clerk. */
export function canFillFilingUnit(p: Principal, t: FilingUnitRef): boolean {
  return p.role === "clerk" && p.filingUnitId === t.id;
}

/** See a county's dashboard and its filing units' reports. */
export function canReadCounty(p: Principal, countyId: string): boolean {
  if (p.role === "clerk") return false;
  if (p.role === "admin" && p.countyId === null) return true;
  return p.countyId === countyId;
}

/** Review (return, approve, publish) a county's reports. */
export function canReviewCounty(p: Principal, countyId: string): boolean {
  return (p.role === "reviewer" || p.role === "admin") && canReadCounty(p, countyId);
}

/** Manage a county's filing units and users. */
export function canAdministerCounty(p: Principal, countyId: string): boolean {
  return p.role === "admin" && (p.countyId === null || p.countyId === countyId);
}

/** Create counties and manage every county: an admin without a county scope. */
export function canAdministerAll(p: Principal): boolean {
  return p.role === "admin" && p.countyId === null;
}

/** Where a user lands after signing in. */
export function homePathOf(p: Pick<Principal, "role">): string {
  switch (p.role) {
    case "clerk":
      return "/fill";
    case "reviewer":
      return "/review";
    case "admin":
      return "/admin";
  }
}
