/** `npm run cli -- import-dir`: a folder or .zip into a county, one line per file, a summary and the exit code. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countyArchiveFiles } from "@/lib/import/fixtures/county-archive";
import { runCli } from "@/lib/import/fixtures/run-cli";
import { freshDatabase, type TestDatabase } from "./test-database";

let t: TestDatabase;
let dir: string;

const cli = (...args: string[]) => runCli(args, { ...process.env, DATABASE_URL: t.url });

function writeZip(name: string, files: Zippable): string {
  const path = join(dir, name);
  writeFileSync(path, zipSync(files));
  return path;
}

beforeAll(async () => {
  t = await freshDatabase();
  const county = await t.db.county.create({ data: { code: "jixian", name: "吉县" } });
  for (const [code, name] of [
    ["a", "甲镇"],
    ["b", "乙乡"],
  ] as const) {
    await t.db.filingUnit.create({
      data: { countyId: county.id, code, name, organName: `吉县${name}人民政府` },
    });
  }
  dir = mkdtempSync(join(tmpdir(), "nianbao-import-dir-"));
});
afterAll(() => t.drop());

describe("npm run cli -- import-dir", () => {
  const files = () => countyArchiveFiles(["吉县甲镇人民政府", "乙乡"], [2019]);

  it("reads a .zip, prints one line per file and a summary; --dry-run saves nothing; a re-run saves nothing new", async () => {
    const zip = writeZip("archive.zip", {
      ...Object.fromEntries(files().map((f) => [f.name, f.bytes])),
      "说明.txt": strToU8("会议通知\n"),
    });
    const dry = cli("import-dir", zip, "--county", "jixian", "--dry-run");
    expect(dry.stdout).toContain("[1/3] 2019/吉县甲镇人民政府.txt：gov-2019 · 吉县甲镇人民政府 · 2019年");
    expect(dry.stdout).toContain("→ 将保存到甲镇");
    expect(dry.stdout).toContain("[3/3] 说明.txt：");
    expect(dry.stdout).toContain("共3个文件：将保存2");
    // A file that is not a report: exit 2, as `check`.
    expect(dry.code).toBe(2);
    expect(await t.db.report.count()).toBe(0);

    const run = cli("import-dir", zip, "--county", "jixian");
    expect(run.stdout).toContain("→ 已保存到甲镇");
    expect(run.stdout).toContain("→ 已保存到乙乡");
    expect(run.stdout).toContain("共3个文件：已保存2，已有报告跳过0，无法读取1");
    expect(run.code).toBe(2);
    expect(await t.db.report.count()).toBe(2);

    const again = cli("import-dir", zip, "--county", "jixian");
    expect(again.stdout).toContain("共3个文件：已保存0，已有报告跳过2");
    expect(again.code).toBe(2);
    expect(await t.db.report.count()).toBe(2);
  }, 120_000);

  it("reads a folder with its subfolders; exit 0 when every file is a clean report", () => {
    const folder = join(dir, "folder");
    const [jia] = files();
    if (!jia) throw new Error("fixture");
    mkdirSync(dirname(join(folder, jia.name)), { recursive: true });
    writeFileSync(join(folder, jia.name), jia.bytes);
    const run = cli("import-dir", folder, "--county", "jixian");
    expect(run.stdout).toContain("[1/1] 2019/吉县甲镇人民政府.txt");
    expect(run.stdout).toContain("该单位2019年度已有报告，跳过");
    expect(run.code).toBe(0);
  }, 120_000);

  it("refuses a .zip of 1,000 files and an unknown county in Chinese", () => {
    const many: Zippable = {};
    for (let i = 0; i < 1000; i += 1) many[`${i}.txt`] = strToU8("x");
    const refused = cli("import-dir", writeZip("many.zip", many), "--county", "jixian");
    expect(refused.stderr).toContain("有1000个文件，超过一次导入500个的上限");
    expect(refused.code).toBe(2);
    const unknown = cli("import-dir", join(dir, "folder"), "--county", "nowhere");
    expect(unknown.stderr).toContain("未找到县区：nowhere");
    expect(unknown.code).toBe(1);
    expect(cli("import-dir", join(dir, "folder")).code).toBe(2);
  }, 120_000);
});
