/**
 * The authorization policy: pure predicates over a principal and a resource.
 * Every page, route handler and server action asks these (through
 * lib/authz/guards.ts); nothing else decides who may see what.
 */
import type { Principal } from "./roles";

export interface TownshipRef {
  id: string;
  countyId: string;
}

/** Read a township's own reports and pages. */
export function canReadTownship(p: Principal, t: TownshipRef): boolean {
  if (p.role === "clerk") return p.townshipId === t.id;
  return canReadCounty(p, t.countyId);
}

/** Fill in and submit a township's report: only that township's clerk. */
export function canFillTownship(p: Principal, t: TownshipRef): boolean {
  return p.role === "clerk" && p.townshipId === t.id;
}

/** See a county's dashboard and its townships' reports. */
export function canReadCounty(p: Principal, countyId: string): boolean {
  if (p.role === "clerk") return false;
  if (p.role === "admin" && p.countyId === null) return true;
  return p.countyId === countyId;
}

/** Review (return, approve, publish) a county's reports. */
export function canReviewCounty(p: Principal, countyId: string): boolean {
  return (p.role === "reviewer" || p.role === "admin") && canReadCounty(p, countyId);
}

/** Manage a county's townships and users. */
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
