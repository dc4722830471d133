import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let filingUnitId: string;

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "c1", name: "测试县" } });
  filingUnitId = (
    await t.db.filingUnit.create({
      data: { countyId: county.id, code: "t1", name: "测试镇", organName: "测试县测试镇人民政府" },
    })
  ).id;
});
afterAll(() => t.drop());

// A document shaped like real report data: nested arrays, nulls, decimals, Chinese text with markup.
const data = {
  narratives: {
    s1: "一、总体情况\n<script>alert(1)</script>“引号”",
    s5: "问题",
    s6: "本年度未收取信息处理费。",
  },
  tables: {
    T2: [[0, 0, 0], [1, 0, 5], [11], [131], [0], [0.6543]],
    T3: Array.from({ length: 25 }, (_, r) =>
      Array.from({ length: 7 }, (_, c) => (r === 2 && c === 1 ? null : r + c)),
    ),
    T4: Array.from({ length: 15 }, () => 0),
  },
};

describe("report storage", () => {
  it("writes and reads the whole report data in one round trip, unchanged", async () => {
    const created = await t.db.report.create({
      data: { filingUnitId, year: 2025, formatId: "gov-2021", data },
    });
    const read = await t.db.report.findUniqueOrThrow({ where: { id: created.id } });
    expect(read.data).toEqual(data);
    expect(read.version).toBe(1);
    expect(read.status).toBe("draft");
  });

  it("allows one report per filing unit and year", async () => {
    await expect(
      t.db.report.create({ data: { filingUnitId, year: 2025, formatId: "gov-2021", data } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });

  it("updates only when the version read is still current (optimistic concurrency)", async () => {
    const report = await t.db.report.findFirstOrThrow({ where: { filingUnitId, year: 2025 } });
    const first = await t.db.report.updateMany({
      where: { id: report.id, version: report.version },
      data: {
        data: { ...data, narratives: { ...data.narratives, s5: "新问题" } },
        version: { increment: 1 },
      },
    });
    const stale = await t.db.report.updateMany({
      where: { id: report.id, version: report.version },
      data: { data, version: { increment: 1 } },
    });
    expect(first.count).toBe(1);
    expect(stale.count).toBe(0);
    const after = await t.db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.version).toBe(2);
    expect((after.data as typeof data).narratives.s5).toBe("新问题");
  });

  it("keeps an append-only audit trail with JSON payloads", async () => {
    const report = await t.db.report.findFirstOrThrow({ where: { filingUnitId, year: 2025 } });
    await t.db.reportEvent.create({
      data: { reportId: report.id, action: "create", toStatus: "draft", payload: { formatId: "gov-2021" } },
    });
    await t.db.reportEvent.create({
      data: {
        reportId: report.id,
        action: "save",
        fromStatus: "draft",
        toStatus: "draft",
        payload: { version: 2 },
      },
    });
    const events = await t.db.reportEvent.findMany({
      where: { reportId: report.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["create", "save"]);
    expect(events[1]!.payload).toEqual({ version: 2 });
  });
});
