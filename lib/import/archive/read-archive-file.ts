import { checkImportedReport } from "../check-imported-report";
import { importFile } from "../import-file";
import type { ImportedReport } from "../types";
import type { ArchiveFileSummary } from "./archive-file-summary";

const RAW_SHOWN = 60;

/**
 * One file of an archive through the importer's one entry point, summarised
 * for the progress view. An exception in the importer is this file's failure
 * only: it becomes its line's message and the batch goes on.
 */
export async function readArchiveFile(
  name: string,
  bytes: Uint8Array,
): Promise<{ summary: ArchiveFileSummary; report: ImportedReport | null }> {
  try {
    const result = await importFile(name, bytes);
    if (!result.ok) return { summary: result, report: null };
    const findings = checkImportedReport(result);
    return {
      report: result,
      summary: {
        ok: true,
        formatId: result.format.id,
        organ: result.organ,
        year: result.year,
        publishedOn: result.publishedOn,
        findings: findings.length,
        errors: findings.filter((f) => f.severity === "error").length,
        issues: result.issues.map((issue) =>
          issue.raw ? `${issue.message}（原文：${issue.raw.slice(0, RAW_SHOWN)}）` : issue.message,
        ),
      },
    };
  } catch (error) {
    console.error(`Reading the imported file ${name} failed`, error);
    return { summary: { ok: false, message: "读取该文件时出错，已跳过（其他文件不受影响）" }, report: null };
  }
}
