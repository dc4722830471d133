/**
 * A county's archive in one go: every confirmed file saved as its filing unit's
 * report, duplicates and years already stored skipped, failing files isolated,
 * and a re-run that saves nothing new.
 */
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArchiveEntry } from "@/lib/import/archive/archive-entry";
import { importArchive } from "@/lib/import/archive/import-archive";
import { readZipArchive } from "@/lib/import/archive/read-zip-archive";
import { saveArchiveFile } from "@/lib/import/archive/save-archive-file";
import { countyArchiveFiles } from "@/lib/import/fixtures/county-archive";
import { importFile } from "@/lib/import/import-file";
import type { ImportedReport } from "@/lib/import/types";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let countyId: string;
const filingUnitIds = new Map<string, string>();
const now = new Date("2026-03-01T08:00:00Z");
const ORGANS = ["吉县甲镇人民政府", "乙乡", "丙乡人民政府", "丁镇"];

async function imported(entry: { name: string; bytes: Uint8Array }): Promise<ImportedReport> {
  const result = await importFile(entry.name, entry.bytes);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** The archive as a county would zip it: eight reports, a copy, and files that cannot be imported. */
function archive(): ArchiveEntry[] {
  const files = countyArchiveFiles(ORGANS, [2019, 2020]);
  const zip = zipSync({
    ...Object.fromEntries(files.map((f) => [f.name, f.bytes])),
    "副本/吉县甲镇人民政府2019.txt": files[0]?.bytes ?? new Uint8Array(),
    "说明.txt": strToU8("会议通知\n请各单位准时参加。\n"),
    "损坏.docx": strToU8("PK\u0003\u0004 not really a word file"),
    "旧档案.zip": zipSync({ "a.txt": strToU8("x") }),
    "县政府办公室.txt": countyArchiveFiles(["吉县人民政府办公室"], [2020])[0]?.bytes ?? new Uint8Array(),
  });
  const read = readZipArchive(zip);
  if (!read.ok) throw new Error(read.message);
  return read.entries;
}

async function countyReports() {
  return t.db.report.findMany({
    where: { filingUnit: { countyId } },
    include: { filingUnit: true, publications: true },
    orderBy: [{ filingUnit: { code: "asc" } }, { year: "asc" }],
  });
}

beforeAll(async () => {
  t = await freshDatabase();
  countyId = (await t.db.county.create({ data: { code: "jixian", name: "吉县" } })).id;
  for (const [code, name] of [
    ["a", "甲镇"],
    ["b", "乙乡"],
    ["c", "丙苗族乡"],
    ["d", "丁镇"],
  ] as const) {
    const filingUnit = await t.db.filingUnit.create({
      data: { countyId, code, name, organName: `吉县${name}人民政府` },
    });
    filingUnitIds.set(name, filingUnit.id);
  }
  // 丁镇 2019 is already stored: the archive's copy of it is skipped.
  const [, , , ding2019] = countyArchiveFiles(ORGANS, [2019]);
  if (!ding2019) throw new Error("fixture");
  const stored = await saveArchiveFile(t.db, {
    filingUnitId: filingUnitIds.get("丁镇") ?? "",
    report: await imported(ding2019),
    sourceNote: "earlier.txt",
    actorId: null,
    now,
  });
  expect(stored.status).toBe("saved");
});
afterAll(() => t.drop());

describe("importArchive", () => {
  it("a dry run reads and plans every file and saves nothing", async () => {
    const lines = await importArchive(t.db, {
      countyId,
      entries: archive(),
      actorId: null,
      now,
      dryRun: true,
    });
    expect(lines.filter((l) => l.status === "ready" && l.confirmed)).toHaveLength(7);
    expect(lines.every((l) => l.save === null)).toBe(true);
    expect(await countyReports()).toHaveLength(1);
  });

  it("saves every confirmed file, skips duplicates, and isolates the files that fail", async () => {
    const lines = await importArchive(t.db, { countyId, entries: archive(), actorId: null, now });
    const outcome = Object.fromEntries(lines.map((l) => [l.name, l.save?.status ?? l.status]));
    expect(outcome).toEqual({
      "2019/吉县甲镇人民政府.txt": "saved",
      "2019/乙乡.docx": "saved",
      "2019/丙乡人民政府.txt": "saved",
      "2019/丁镇.txt": "exists",
      "2020/吉县甲镇人民政府.txt": "saved",
      "2020/乙乡.docx": "saved",
      "2020/丙乡人民政府.txt": "saved",
      "2020/丁镇.txt": "saved",
      "副本/吉县甲镇人民政府2019.txt": "duplicate",
      "说明.txt": "unreadable",
      "损坏.docx": "unreadable",
      "旧档案.zip": "unreadable",
      "县政府办公室.txt": "choose",
    });
    const reports = await countyReports();
    expect(reports.map((r) => `${r.filingUnit.name}${r.year}`)).toEqual([
      "甲镇2019",
      "甲镇2020",
      "乙乡2019",
      "乙乡2020",
      "丙苗族乡2019",
      "丙苗族乡2020",
      "丁镇2019",
      "丁镇2020",
    ]);
    const jia2019 = reports[0];
    expect(jia2019?.status).toBe("published");
    expect(jia2019?.publications).toMatchObject([
      { revision: 1, source: "import", sourceNote: "2019/吉县甲镇人民政府.txt" },
    ]);
  });

  it("a re-run of the same archive saves nothing new", async () => {
    const before = await countyReports();
    const lines = await importArchive(t.db, { countyId, entries: archive(), actorId: null, now });
    expect(lines.filter((l) => l.save?.status === "saved")).toEqual([]);
    // The eight stored years, and the copy of one of them.
    expect(lines.filter((l) => l.status === "exists")).toHaveLength(9);
    expect(await countyReports()).toEqual(before);
  });

  it("a file assigned by the admin's choice is saved to that filing unit", async () => {
    const office = archive().filter((e) => e.name === "县政府办公室.txt");
    const [line] = await importArchive(t.db, {
      countyId,
      entries: office,
      actorId: null,
      now,
      choices: new Map([[`0:县政府办公室.txt`, { filingUnitId: filingUnitIds.get("甲镇") ?? "" }]]),
    });
    // 甲镇 2020 is stored already: choosing it is skipped like any duplicate.
    expect(line?.status).toBe("exists");
  });
});

describe("saveArchiveFile", () => {
  it("skips a filing unit+year already stored and fails alone on a filing unit that is gone", async () => {
    const [jia] = countyArchiveFiles(ORGANS, [2019]);
    if (!jia) throw new Error("fixture");
    const report = await imported(jia);
    const args = { report, sourceNote: jia.name, actorId: null, now };
    expect(await saveArchiveFile(t.db, { ...args, filingUnitId: filingUnitIds.get("甲镇") ?? "" })).toEqual({
      status: "skipped",
      message: "该单位2019年度已有报告，跳过",
    });
    expect(await saveArchiveFile(t.db, { ...args, filingUnitId: "no-such-filing-unit" })).toEqual({
      status: "failed",
      message: "所选单位不存在",
    });
  });
});
