import pg from "pg";
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/env/database-provider";
import { cacheOrigin, INVALIDATION_CHANNEL } from "./record-cache-invalidation";

export interface InvalidationRow {
  tags: string[];
  reportId: string | null;
}

export interface InvalidationListenerOptions {
  db: Db;
  provider: DatabaseProvider;
  /** PostgreSQL: the URL the LISTEN connection opens. */
  url: string;
  /** Drops what a row names from this process's caches. */
  apply: (row: InvalidationRow) => void;
  /** Safety net beside NOTIFY, and SQLite's only way to hear the CLI. */
  pollMs?: number;
  log?: (message: string) => void;
  /** This process's name in the rows (its own rows are skipped). */
  origin?: string;
}

export interface InvalidationListener {
  /** Reads every row not seen yet; resolves when they are applied. */
  catchUp(): Promise<void>;
  /** Whether the last read of the table and (PostgreSQL) the LISTEN connection are up. */
  healthy(): boolean;
  stop(): Promise<void>;
}

const BATCH = 500;
const KEEP_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 10 * 60 * 1000;
const MAX_BACKOFF_MS = 10_000;

function parseTags(raw: string): string[] {
  try {
    const tags: unknown = JSON.parse(raw);
    return Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : ["*"];
  } catch {
    // An unreadable row still means something changed: drop everything rather than keep a stale page.
    return ["*"];
  }
}

/**
 * Hears the CacheInvalidation rows written by other processes (other app
 * servers, the CLI) and applies them to this one's caches. Rows are read in id
 * order from where this process started, so nothing is missed while the
 * notification channel or the database is down: the next successful read
 * catches up. PostgreSQL NOTIFY makes that read immediate; polling bounds the
 * delay when notifications are lost (and is the only signal on SQLite).
 */
export function startInvalidationListener(options: InvalidationListenerOptions): InvalidationListener {
  const { db, provider, apply } = options;
  const log = options.log ?? ((message: string) => console.error(`[cache] ${message}`));
  const pollMs = options.pollMs ?? (provider === "postgresql" ? 2000 : 1000);
  const self = options.origin ?? cacheOrigin();

  let lastSeen: number | null = null;
  let reading: Promise<void> | null = null;
  let again = false;
  let tableUp = true;
  let channelUp = provider !== "postgresql";
  let channelLost = false;
  let stopped = false;
  let client: pg.Client | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let backoff = 500;

  async function readOnce(): Promise<void> {
    if (lastSeen === null) {
      const max = await db.cacheInvalidation.aggregate({ _max: { id: true } });
      lastSeen = max._max.id ?? 0;
      return;
    }
    for (;;) {
      const after: number = lastSeen;
      const rows = await db.cacheInvalidation.findMany({
        where: { id: { gt: after } },
        orderBy: { id: "asc" },
        take: BATCH,
      });
      for (const row of rows) {
        if (row.origin !== self) apply({ tags: parseTags(row.tags), reportId: row.reportId });
        lastSeen = row.id;
      }
      if (rows.length < BATCH) return;
    }
  }

  async function read(): Promise<void> {
    do {
      again = false;
      try {
        await readOnce();
        if (!tableUp) log("重新连上数据库：已补读缓存失效记录");
        tableUp = true;
      } catch (error) {
        if (tableUp) log(`读取缓存失效记录失败，稍后重试：${(error as Error).message}`);
        tableUp = false;
        return;
      }
    } while (again && !stopped);
  }

  function catchUp(): Promise<void> {
    if (reading) {
      again = true;
      return reading;
    }
    reading = read().finally(() => {
      reading = null;
    });
    return reading;
  }

  function scheduleReconnect() {
    if (stopped || reconnectTimer) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      void listen();
    }, backoff);
    reconnectTimer.unref();
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  async function listen(): Promise<void> {
    const connection = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    const lost = (error?: Error) => {
      if (client !== connection) return;
      client = null;
      if (channelUp) log(`缓存失效通知连接中断，改为轮询并重连：${error?.message ?? "连接已关闭"}`);
      channelUp = false;
      channelLost = true;
      connection.end().catch(() => {});
      scheduleReconnect();
    };
    connection.on("error", lost);
    connection.on("end", () => lost());
    connection.on("notification", () => void catchUp());
    try {
      client = connection;
      await connection.connect();
      await connection.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      if (stopped) {
        await connection.end();
        return;
      }
      if (channelLost) log("缓存失效通知已恢复");
      channelLost = false;
      channelUp = true;
      backoff = 500;
      // Rows written while the channel was down.
      await catchUp();
    } catch (error) {
      lost(error as Error);
    }
  }

  const poll = setInterval(() => void catchUp(), pollMs);
  poll.unref();
  const prune = setInterval(() => {
    db.cacheInvalidation
      .deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } })
      .catch(() => {});
  }, PRUNE_EVERY_MS);
  prune.unref();

  void catchUp();
  if (provider === "postgresql") void listen();

  return {
    catchUp,
    healthy: () => tableUp && channelUp,
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearInterval(prune);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const connection = client;
      client = null;
      await connection?.end().catch(() => {});
      await reading;
    },
  };
}
