import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addComment } from "@/lib/comments/add-comment";
import { listCommentThreads } from "@/lib/comments/list-comments";
import { resolveComment } from "@/lib/comments/resolve-comment";
import { listNotifications, markAllRead, notifyReportEvent, unreadCount } from "@/lib/notifications/notify";
import { openReport } from "@/lib/reports/open-report";
import { AppError } from "@/lib/actions/app-error";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let reportId: string;
const ids = { clerk: "clerk", reviewer: "reviewer", otherClerk: "other" };
const now = new Date("2027-01-12T02:00:00Z");

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "c", name: "测试县" } });
  const filingUnit = await t.db.filingUnit.create({
    data: { countyId: county.id, code: "t", name: "测试镇", organName: "测试镇人民政府" },
  });
  const other = await t.db.filingUnit.create({
    data: { countyId: county.id, code: "o", name: "其他镇", organName: "其他镇人民政府" },
  });
  await t.db.user.create({
    data: { id: ids.clerk, name: "填报人", email: "a@x.invalid", role: "clerk", filingUnitId: filingUnit.id },
  });
  await t.db.user.create({
    data: {
      id: ids.otherClerk,
      name: "他镇填报人",
      email: "b@x.invalid",
      role: "clerk",
      filingUnitId: other.id,
    },
  });
  await t.db.user.create({
    data: { id: ids.reviewer, name: "审核人", email: "c@x.invalid", role: "reviewer", countyId: county.id },
  });
  reportId = (await openReport(t.db, { filingUnitId: filingUnit.id, year: 2026, actorId: ids.clerk })).id;
});
afterAll(() => t.drop());

describe("comments", () => {
  it("anchors a comment on a cell, threads replies, resolves once and records it all", async () => {
    const root = await addComment(t.db, {
      reportId,
      target: "T3.r05.c2",
      parentId: null,
      body: "请核实国家秘密数",
      authorId: ids.reviewer,
      now,
    });
    await addComment(t.db, {
      reportId,
      target: null,
      parentId: root.id,
      body: "已核实，数据无误",
      authorId: ids.clerk,
      now,
    });
    // The clerk answers; settling a reviewer's comment is the reviewer's.
    await expect(resolveComment(t.db, { commentId: root.id, actorId: ids.clerk, now })).rejects.toMatchObject(
      {
        code: "invalid",
      },
    );
    await resolveComment(t.db, { commentId: root.id, actorId: ids.reviewer, now });
    await expect(
      resolveComment(t.db, { commentId: root.id, actorId: ids.reviewer, now }),
    ).rejects.toBeInstanceOf(AppError);

    const [thread] = await listCommentThreads(t.db, reportId);
    expect(thread).toMatchObject({ target: "T3.r05.c2", status: "resolved" });
    expect(thread!.messages.map((m) => m.body)).toEqual(["请核实国家秘密数", "已核实，数据无误"]);
    const actions = (
      await t.db.reportEvent.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["create", "comment", "comment", "resolve_comment"]);

    // A new reply reopens the thread.
    await addComment(t.db, {
      reportId,
      target: null,
      parentId: root.id,
      body: "仍有疑问",
      authorId: ids.reviewer,
      now,
    });
    expect((await listCommentThreads(t.db, reportId))[0]!.status).toBe("open");
  });

  it("anchors on a table row and lets the clerk resolve the clerk's own comment", async () => {
    const own = await addComment(t.db, {
      reportId,
      target: "T3.r01",
      parentId: null,
      body: "本行含转办件",
      authorId: ids.clerk,
      now,
    });
    await resolveComment(t.db, { commentId: own.id, actorId: ids.clerk, now });
    const thread = (await listCommentThreads(t.db, reportId)).find((x) => x.id === own.id);
    expect(thread).toMatchObject({ target: "T3.r01", status: "resolved" });
  });

  it("refuses an anchor that is not a cell of the report's format", async () => {
    await expect(
      addComment(t.db, {
        reportId,
        target: "T3.r99.c1",
        parentId: null,
        body: "x",
        authorId: ids.reviewer,
        now,
      }),
    ).rejects.toMatchObject({ code: "invalid" });
  });
});

describe("notifications", () => {
  it("tell the other side: clerks of the filing unit about returns, reviewers about submissions", async () => {
    expect(await notifyReportEvent(t.db, { reportId, actorId: ids.reviewer, kind: "returned" })).toBe(1);
    expect(await unreadCount(t.db, ids.clerk)).toBe(1);
    expect(await unreadCount(t.db, ids.otherClerk)).toBe(0);
    const [n] = await listNotifications(t.db, ids.clerk);
    expect(n!.message).toContain("已被退回");
    expect(n!.link).toBe("/fill/c/t/2026");

    expect(await notifyReportEvent(t.db, { reportId, actorId: ids.clerk, kind: "submitted" })).toBe(1);
    expect(await unreadCount(t.db, ids.reviewer)).toBe(1);
    expect((await listNotifications(t.db, ids.reviewer))[0]!.link).toBe("/review/c/t/2026");

    await markAllRead(t.db, ids.clerk, now);
    expect(await unreadCount(t.db, ids.clerk)).toBe(0);
  });
});
