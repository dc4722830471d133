import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runCli } from "./fixtures/run-cli";

const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS = join(ROOT, "lib", "demo", "seeds");

const cli = (...args: string[]) => runCli(args);

describe("npm run cli -- check", () => {
  test("prints format, organ, year and findings; exit 1 on error findings, 0 without", () => {
    const clean = cli("check", join(SEEDS, "000-tunli-2020.txt"));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain("格式：gov-2019");
    expect(clean.stdout).toContain("报告机关：吉县屯里镇人民政府");
    expect(clean.stdout).toContain("报告年度：2020");
    expect(clean.stdout).toContain("公开日期：2021-01-30（标题下的日期）");
    expect(clean.stdout).toContain("[警告 S-03]");

    const blanks = cli("check", join(SEEDS, "003-qu-e-2020.txt"));
    expect(blanks.code).toBe(1);
    expect(blanks.stdout).toContain("[错误 V-01]");
    expect(blanks.stdout).toContain("公开日期：原文未写明（日期不详）");
  }, 120_000);

  test("--json prints one object in the documented shape; several files give one line each", () => {
    const run = cli("check", join(SEEDS, "002-baihe-2021.txt"), join(SEEDS, "001-jinpen-2018.txt"), "--json");
    const [gov, stat] = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(gov).toMatchObject({ format: "gov-2021", organ: "白鹤镇人民政府", year: 2021 });
    expect(gov).toMatchObject({ publishedOn: null, publishedOnSource: null, dateCandidates: [] });
    expect(Object.keys(gov?.sections as object)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect((gov?.tables as { T3: unknown[] }).T3).toHaveLength(25);
    expect((gov?.findings as { id: string }[]).map((f) => f.id)).toContain("V-01");
    expect(stat).toMatchObject({
      format: "stat-2014",
      year: 2018,
      publishedOn: "2019-02-15",
      publishedOnSource: "signature",
      publishedOnSourceLabel: "落款日期",
      dateCandidates: [{ date: "2019-02-15", source: "signature", raw: "2019年2月15日" }],
    });
    expect((stat?.tables as { STAT: unknown[] }).STAT[1]).toEqual({
      label: "(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条)",
      unit: "条",
      value: 75,
    });
    expect(run.code).toBe(1);
  }, 120_000);

  test("a text PDF is read like any other file; a scan without text gets its own message", () => {
    const pdf = cli(
      "check",
      join(ROOT, "lib", "import", "fixtures", "pdf", "17-huaian-city-2024.pdf"),
      "--json",
    );
    expect(pdf.code).toBe(0);
    expect(JSON.parse(pdf.stdout)).toMatchObject({ format: "gov-2021", organ: "淮安市人民政府", year: 2024 });
    const dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
    const garbage = join(dir, "scan.pdf");
    writeFileSync(garbage, "not a pdf at all");
    const refused = cli("check", garbage);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("不是 PDF");
  }, 120_000);

  test("exit 2 for a file that is not a report, a missing file, or bad usage", () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-cli-"));
    const file = join(dir, "note.txt");
    writeFileSync(file, "会议通知\n请各单位准时参加。\n");
    const notReport = cli("check", file);
    expect(notReport.code).toBe(2);
    expect(notReport.stderr).toContain("无法识别为政府信息公开工作年度报告");
    // The examples are the formats' own labels and headings.
    expect(notReport.stderr).toContain("（如“本年制发件数”“本年新制作数量”“统计指标”）");
    expect(notReport.stderr).toContain("（一、总体情况 …… 六、其他需要报告的事项）");
    expect(cli("check", join(dir, "missing.txt")).code).toBe(2);
    expect(cli("import", file).code).toBe(2);
  }, 120_000);
});
