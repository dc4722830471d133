import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { dirname } from "node:path";
import { SECRET_FILE } from "@/lib/env/env";

/** Creates data/auth-secret once when no BETTER_AUTH_SECRET is configured. */
export function ensureSecret(): void {
  if (process.env.BETTER_AUTH_SECRET || existsSync(SECRET_FILE)) return;
  mkdirSync(dirname(SECRET_FILE), { recursive: true });
  writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
}
