/**
 * Every environment variable the app reads, validated once with zod. A wrong
 * value stops the process with a message that names the variable.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseProviderOf } from "./database-provider";

const flag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (url) => {
        try {
          databaseProviderOf(url);
          return true;
        } catch {
          return false;
        }
      },
      { message: "应为 file:路径（SQLite）或 postgresql://用户@主机/库（PostgreSQL）" },
    ),
  BETTER_AUTH_SECRET: z.string().min(32, "至少 32 个字符").optional(),
  APP_URL: z.url("应为完整网址，例如 http://localhost:3000").default("http://localhost:3000"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NIANBAO_DEMO_DATA: flag.default(true),
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(100000).default(10),
  LOGIN_RATE_LIMIT_WINDOW: z.coerce.number().int().min(1).max(86400).default(60),
  /** PostgreSQL connections this server's pool may hold (lib/db/client.ts reads it; docs/deploy.md). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** Seconds a CDN may serve a public page without asking again (lib/page-cache/public-cache-control.mjs). */
  PUBLIC_CDN_MAX_AGE: z.coerce.number().int().min(0).max(300).default(0),
});

export type Env = z.infer<typeof schema> & { BETTER_AUTH_SECRET: string };

/** Where `npm start` keeps a generated secret when none is configured. */
export const SECRET_FILE = join(process.cwd(), "data", "auth-secret");

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量有误：\n${lines.join("\n")}`);
  }
  const secret =
    parsed.data.BETTER_AUTH_SECRET ??
    (existsSync(SECRET_FILE) ? readFileSync(SECRET_FILE, "utf8").trim() : undefined);
  if (!secret || secret.length < 32) {
    throw new Error(
      "缺少 BETTER_AUTH_SECRET：请设置至少 32 个字符的随机串，或运行 npm start 自动生成 data/auth-secret",
    );
  }
  cached = { ...parsed.data, BETTER_AUTH_SECRET: secret };
  return cached;
}

export { schema as envSchema };
