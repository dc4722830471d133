/**
 * The one Prisma client of the app. The provider follows DATABASE_URL: a
 * client is generated per provider (prisma/sqlite, prisma/postgresql) and the
 * matching one is instantiated with its driver adapter. Both expose the same
 * model API, so the rest of the code sees a single `Db` type.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.ts";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client.ts";
import {
  DEFAULT_DATABASE_URL,
  databaseProviderOf,
  sqliteFilePath,
  type DatabaseProvider,
} from "../env/database-provider";

export type Db = InstanceType<typeof SqliteClient>;
export type { Prisma } from "./generated/sqlite/client.ts";
import type { Prisma as SqlitePrisma } from "./generated/sqlite/client.ts";
/** The client inside an interactive transaction. */
export type Tx = SqlitePrisma.TransactionClient;

const providers = new WeakMap<object, DatabaseProvider>();
const DEFAULT_POOL_SIZE = 10;

/**
 * A transaction waits for a connection as a single statement does, in the
 * pool's queue. Prisma's default (2 s) turned a busy moment into failed saves
 * (P2028, "unable to start a transaction") under the January load while the
 * statements around them simply waited their turn (ADR 0030).
 */
const TRANSACTION_MAX_WAIT_MS = 15_000;

/**
 * How long a SQLite write waits for another process's lock (a CLI import beside the server) before
 * SQLITE_BUSY. better-sqlite3's default is 5 s: a busy moment then failed a clerk's submit with
 * "database unavailable" while the other writer was about to finish. The same wait as above.
 */
const SQLITE_BUSY_TIMEOUT_MS = TRANSACTION_MAX_WAIT_MS;

function poolSize(): number {
  const size = Number(process.env.DATABASE_POOL_MAX);
  return Number.isInteger(size) && size > 0 ? size : DEFAULT_POOL_SIZE;
}

export function createDb(url: string): { db: Db; provider: DatabaseProvider } {
  const provider = databaseProviderOf(url);
  let client: Db;
  if (provider === "postgresql") {
    // Each app server holds at most this many connections (plus the cache listener's one):
    // several servers share PostgreSQL's max_connections (docs/deploy.md).
    const adapter = new PrismaPg({ connectionString: url, max: poolSize() });
    // Same schema, same generated API: the PostgreSQL client is used through the shared type.
    client = new PostgresClient({
      adapter,
      transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
    }) as unknown as Db;
  } else {
    const file = sqliteFilePath(url);
    mkdirSync(dirname(file), { recursive: true });
    client = new SqliteClient({
      adapter: new PrismaBetterSQLite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
      transactionOptions: { maxWait: TRANSACTION_MAX_WAIT_MS },
    });
  }
  providers.set(client, provider);
  return { db: client, provider };
}

const globalForDb = globalThis as unknown as { __nianbaoDb?: { db: Db; provider: DatabaseProvider } };

function instance() {
  globalForDb.__nianbaoDb ??= createDb(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  return globalForDb.__nianbaoDb;
}

/** Lazily created so that importing this module never opens a connection. */
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = instance().db;
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function dbProvider(): DatabaseProvider {
  return instance().provider;
}

/** The provider behind a client: one made by createDb (scripts, tests), else the app's. */
export function providerOfDb(client: Db): DatabaseProvider {
  return providers.get(client) ?? dbProvider();
}
