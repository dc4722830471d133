import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "@/lib/db/client";
import { importText } from "@/lib/import/import-report";
import { recordImportedReport } from "@/lib/import/record-imported-report";

/** Which published report belongs to which demo filing unit (codes from demo-data.ts). */
export const DEMO_SEEDS = [
  { file: "000-tunli-2020.txt", county: "jixian", filingUnit: "tunli", year: 2020 },
  { file: "003-qu-e-2020.txt", county: "jixian", filingUnit: "qu-e", year: 2020 },
  { file: "004-wuling-2020.txt", county: "wanzhou", filingUnit: "wuling", year: 2020 },
  { file: "002-baihe-2021.txt", county: "shili-demo", filingUnit: "baihe", year: 2021 },
  { file: "001-jinpen-2018.txt", county: "liupanshui-demo", filingUnit: "jinpen", year: 2018 },
] as const;

export function readDemoSeed(file: string): string {
  return readFileSync(fileURLToPath(new URL(file, import.meta.url)), "utf8");
}

/**
 * Imports the five published seed reports as the demo filing units' historical
 * reports, the way a county admin would. A seed that no longer imports as
 * its filing unit's report of its year is a bug, so it throws.
 */
export async function importDemoSeeds(db: Db, now: Date = new Date()): Promise<void> {
  for (const seed of DEMO_SEEDS) {
    const filingUnit = await db.filingUnit.findFirst({
      where: { code: seed.filingUnit, county: { code: seed.county } },
    });
    if (!filingUnit) throw new Error(`演示单位不存在：${seed.county}/${seed.filingUnit}`);
    const report = importText(readDemoSeed(seed.file));
    if (!report.ok || report.year !== seed.year) {
      throw new Error(
        `演示报告 ${seed.file} 无法导入：${report.ok ? `年度为${report.year}` : report.message}`,
      );
    }
    const stored = await recordImportedReport(db, {
      filingUnitId: filingUnit.id,
      report,
      sourceNote: seed.file,
      actorId: null,
      now,
    });
    if (!stored.ok) throw new Error(`演示报告 ${seed.file} 无法保存：${stored.message}`);
  }
}
