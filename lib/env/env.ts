/**
 * Every environment variable the app reads, validated once with zod. A wrong
 * value stops the process with a message that names the variable.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "@/lib/validation/zod";
import { invalidProxyEntry } from "../http/client-address.mjs";
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
  TRUSTED_PROXY: z
    .string()
    .optional()
    .refine((value) => value === undefined || invalidProxyEntry(value) === undefined, {
      message: "应为反向代理的 IP 地址或网段，多个用逗号分隔，例如 10.0.0.5,172.16.0.0/12",
    }),
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(100000).default(30),
  LOGIN_RATE_LIMIT_WINDOW: z.coerce.number().int().min(1).max(86400).default(60),
  LOGIN_ACCOUNT_RATE_LIMIT_MAX: z.coerce.number().int().min(1).max(100000).default(10),
  LOGIN_ACCOUNT_RATE_LIMIT_WINDOW: z.coerce.number().int().min(1).max(86400).default(900),
  /** PostgreSQL connections this server's pool may hold (lib/db/client.ts reads it; docs/deploy.md). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** Seconds a CDN may serve a public page without asking again (lib/page-cache/public-cache-control.mjs). */
  PUBLIC_CDN_MAX_AGE: z.coerce.number().int().min(0).max(300).default(0),
});

export type Env = z.infer<typeof schema> & { BETTER_AUTH_SECRET: string };

/** Where `npm start` keeps a generated secret when none is configured. */
export const SECRET_FILE = join(process.cwd(), "data", "auth-secret");

let cached: Env | undefined;

/**
 * PostgreSQL is the deployment that can run several app servers; a secret
 * generated into one machine's data/ would sign sessions the others reject,
 * so there the secret must come from the environment, the same on every server.
 * SQLite is one server by nature and may keep a generated secret.
 */
export function secretMustBeSet(databaseUrl: string): boolean {
  return databaseProviderOf(databaseUrl) === "postgresql";
}

function generatedSecret(databaseUrl: string): string | undefined {
  if (secretMustBeSet(databaseUrl) || !existsSync(SECRET_FILE)) return undefined;
  return readFileSync(SECRET_FILE, "utf8").trim();
}

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量有误：\n${lines.join("\n")}`);
  }
  const secret = parsed.data.BETTER_AUTH_SECRET ?? generatedSecret(parsed.data.DATABASE_URL);
  if (!secret || secret.length < 32) {
    throw new Error(
      secretMustBeSet(parsed.data.DATABASE_URL)
        ? "缺少 BETTER_AUTH_SECRET：使用 PostgreSQL 时可能有多台应用服务器，每台都须设置同一个至少 32 个字符的随机串（例如 openssl rand -base64 32 的输出）"
        : "缺少 BETTER_AUTH_SECRET：请设置至少 32 个字符的随机串，或运行 npm start 自动生成 data/auth-secret",
    );
  }
  cached = { ...parsed.data, BETTER_AUTH_SECRET: secret };
  return cached;
}

/**
 * The public address alone, for code that runs on every request before the
 * rest of the environment matters (proxy.ts): it needs no secret.
 */
export function appUrl(): string {
  return cached?.APP_URL ?? schema.shape.APP_URL.parse(process.env.APP_URL);
}

export { schema as envSchema };
