/** Whether a database error is a unique-constraint violation (Prisma's P2002), on either provider. */
export function isUniqueViolation(error: unknown): boolean {
  return Boolean(error && typeof error === "object" && "code" in error && error.code === "P2002");
}
