/**
 * The audit trail records who acted as they were named, and in what role,
 * when they acted: renaming an account or changing its role afterwards does
 * not rewrite how the history reads. Events from before the columns existed
 * are filled from the current user by the migration.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/add-comment";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { beijing, makeActors, makeCounty, reportInState } from "./dashboard-fixtures";
import { freshDatabase, ROOT, testProvider, type TestDatabase } from "./test-database";

let t: TestDatabase;
let actors: { clerk: string; reviewer: string };
let reportId: string;

beforeAll(async () => {
  t = await freshDatabase();
  actors = await makeActors(t.db);
  const { filingUnits } = await makeCounty(t.db, "audit", ["a"]);
  reportId = await reportInState(t.db, {
    filingUnitId: filingUnits[0]!.id,
    year: 2025,
    state: "published",
    actors,
  });
  const comment = await addComment(t.db, {
    reportId,
    target: null,
    parentId: null,
    body: "请核对",
    authorId: actors.reviewer,
    now: beijing("2026-01-16"),
  });
  await resolveComment(t.db, { commentId: comment.id, actorId: actors.reviewer, now: beijing("2026-01-17") });
});
afterAll(() => t.drop());

async function trail() {
  const events = await t.db.reportEvent.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } });
  return events.map((e) => [e.action, e.actorName, e.actorRole]);
}

describe("audit trail", () => {
  it("keeps the actor's name and role of the moment after the account is renamed and changes role", async () => {
    const before = await trail();
    expect(before).toEqual(
      expect.arrayContaining([
        ["submit", "填报人", "clerk"],
        ["approve", "审核人", "reviewer"],
        ["comment", "审核人", "reviewer"],
        ["resolve_comment", "审核人", "reviewer"],
      ]),
    );
    await t.db.user.update({ where: { id: actors.clerk }, data: { name: "吉县审核人", role: "reviewer" } });
    await t.db.user.update({ where: { id: actors.reviewer }, data: { name: "改名后", role: "admin" } });
    expect(await trail()).toEqual(before);
  });

  it("fills events written before the columns existed from the current user", async () => {
    await t.db.reportEvent.updateMany({ where: { reportId }, data: { actorName: null, actorRole: null } });
    const dir = join(ROOT, "prisma", testProvider(), "migrations");
    const migration = readdirSync(dir).find((d) => d.endsWith("_report_event_actor_snapshot"));
    const sql = readFileSync(join(dir, migration!, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("UPDATE"));
    await t.db.$executeRawUnsafe(backfill);
    const events = await trail();
    expect(events).toEqual(
      expect.arrayContaining([
        ["submit", "吉县审核人", "reviewer"],
        ["approve", "改名后", "admin"],
      ]),
    );
    expect(events.every(([, name]) => name !== null)).toBe(true);
  });
});
