/**
 * Prisma CLI configuration. The provider follows DATABASE_URL, so one
 * `prisma migrate deploy` serves SQLite and PostgreSQL. Migrations run through
 * the CLI's bundled WebAssembly schema engine with a driver adapter, which
 * works offline (no native engine download).
 */
import { defineConfig } from "prisma/config";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import {
  DEFAULT_DATABASE_URL,
  databaseProviderOf,
  sqliteFilePath,
} from "./lib/env/database-provider";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
process.env.DATABASE_URL = url;
const provider = databaseProviderOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    const file = sqliteFilePath(url);
    mkdirSync(dirname(file), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
