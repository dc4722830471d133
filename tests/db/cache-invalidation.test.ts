/**
 * Public-cache invalidation across processes: a change recorded by one app
 * server (or the CLI) reaches every other server's listener, at once through
 * NOTIFY on PostgreSQL and by polling on SQLite, and nothing recorded while
 * the notification channel is down is missed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  startInvalidationListener,
  type InvalidationListener,
  type InvalidationRow,
} from "@/lib/page-cache/invalidation-listener";
import { recordCacheInvalidation } from "@/lib/page-cache/record-cache-invalidation";
import { freshDatabase, pgAdmin, testProvider, type TestDatabase } from "./test-database";

let t: TestDatabase;
const listeners: InvalidationListener[] = [];

beforeAll(async () => {
  t = await freshDatabase();
});
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.stop()));
});
afterAll(async () => {
  await t.drop();
});

/** A listener as another server would run it; `pollMs` long, so on PostgreSQL only NOTIFY can wake it. */
async function serverB(pollMs: number) {
  const applied: InvalidationRow[] = [];
  const listener = startInvalidationListener({
    db: t.db,
    provider: testProvider(),
    url: t.url,
    origin: "server-b",
    pollMs,
    apply: (row) => applied.push(row),
    log: () => {},
  });
  listeners.push(listener);
  await listener.catchUp();
  return { listener, applied };
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return condition();
}

describe("cache invalidation between servers", () => {
  it("starts after the rows that existed before it, then applies each new row once, in order", async () => {
    await recordCacheInvalidation(t.db, { tags: ["old"] }, "server-a");
    const { listener, applied } = await serverB(60_000);
    await recordCacheInvalidation(
      t.db,
      { tags: ["public:report:c/t/2024", "public:lists"], reportId: "r1" },
      "server-a",
    );
    await recordCacheInvalidation(t.db, { tags: ["*"] }, "cli");
    await listener.catchUp();
    await listener.catchUp();
    expect(applied).toEqual([
      { tags: ["public:report:c/t/2024", "public:lists"], reportId: "r1" },
      { tags: ["*"], reportId: null },
    ]);
  });

  it("skips the rows its own process wrote (it has dropped its cache already)", async () => {
    const { listener, applied } = await serverB(60_000);
    await recordCacheInvalidation(t.db, { tags: ["mine"] }, "server-b");
    await listener.catchUp();
    expect(applied).toEqual([]);
  });

  it("hears a change without being asked: NOTIFY on PostgreSQL, the poll on SQLite", async () => {
    const postgres = testProvider() === "postgresql";
    const { listener, applied } = await serverB(postgres ? 60_000 : 200);
    if (postgres) expect(await waitFor(() => listener.healthy(), 5000)).toBe(true);
    await recordCacheInvalidation(t.db, { tags: ["public:lists"] }, "server-a");
    expect(await waitFor(() => applied.length === 1, 5000)).toBe(true);
  });

  it.runIf(testProvider() === "postgresql")(
    "misses nothing while its LISTEN connection is down, and reconnects",
    async () => {
      const { listener, applied } = await serverB(60_000);
      expect(await waitFor(() => listener.healthy(), 5000)).toBe(true);
      const database = new URL(t.url).pathname.slice(1);
      await pgAdmin((c) =>
        c.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'",
          [database],
        ),
      );
      expect(await waitFor(() => !listener.healthy(), 5000)).toBe(true);
      await recordCacheInvalidation(t.db, { tags: ["while-down"] }, "server-a");
      // Back on the channel, the listener reads what it missed.
      expect(await waitFor(() => listener.healthy() && applied.length === 1, 15_000)).toBe(true);
      expect(applied[0]?.tags).toEqual(["while-down"]);
    },
    30_000,
  );
});
