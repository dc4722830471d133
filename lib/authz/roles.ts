import { z } from "@/lib/validation/zod";

const ROLES = ["clerk", "reviewer", "admin"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  clerk: "填报人",
  reviewer: "审核人",
  admin: "管理员",
};

/** The signed-in person as the authorization policy sees them. */
export interface Principal {
  id: string;
  role: Role;
  /** Clerk: their filing unit. */
  filingUnitId: string | null;
  /** Reviewer/admin: their county; null for an admin of every county. Clerk: their filing unit's county. */
  countyId: string | null;
}
