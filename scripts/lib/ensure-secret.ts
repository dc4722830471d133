import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { DEFAULT_DATABASE_URL } from "@/lib/env/database-provider";
import { SECRET_FILE, secretMustBeSet } from "@/lib/env/env";

/**
 * Creates data/auth-secret once when no BETTER_AUTH_SECRET is configured, on
 * SQLite only: with PostgreSQL the secret must be set (lib/env/env.ts says why).
 */
export function ensureSecret(): void {
  if (process.env.BETTER_AUTH_SECRET || existsSync(SECRET_FILE)) return;
  if (secretMustBeSet(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)) return;
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
}
