import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/actions/app-error";
import { defineAction } from "@/lib/actions/define-action";
import { filingUnitPlace } from "@/lib/actions/places";
import type { Db } from "@/lib/db/client";
import { loadLastYear } from "@/lib/reports/check-context";
import { z } from "@/lib/validation/zod";
import { chinaDate } from "@/lib/publications/china-date";
import { checkImportedReport } from "./check-imported-report";
import { withDateCandidates } from "./date-imported-report";
import { parseEnteredDate } from "./entered-date";
import type { ImportPreview } from "./import-action-state";
import { importSource, pastedSource, readSourceFile, type ReportSource } from "./import-file";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "./import-limits";
import { recordImportedReport } from "./record-imported-report";

const filingUnitIdSchema = z
  .string({ error: "请选择填报单位" })
  .min(1, "请选择填报单位")
  .max(64, "请选择填报单位");

/** The preview form: a filing unit and either a chosen file or pasted text (the file wins). */
const previewImportSchema = z.object({
  filingUnitId: filingUnitIdSchema,
  file: z.file().max(MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE).optional(),
  text: z.string().max(MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE).optional(),
});

/** The confirm form: the decoded source sent back, imported again (no parsed data is trusted). */
const saveImportSchema = z.object({
  filingUnitId: filingUnitIdSchema,
  sourceKind: z.enum(["text", "html"], { error: "导入内容已失效，请重新预览" }),
  sourceContent: z
    .string({ error: "导入内容已失效，请重新预览" })
    .min(1)
    .max(MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE),
  sourceName: z.string({ error: "导入内容已失效，请重新预览" }).min(1).max(200),
  // The file's own dates (a PDF's metadata), sent back as JSON with the source they were read from.
  sourceDates: z.preprocess(
    (v) => {
      try {
        return typeof v === "string" ? JSON.parse(v) : [];
      } catch {
        return null;
      }
    },
    z
      .array(z.object({ date: z.iso.date(), source: z.literal("pdf-metadata"), raw: z.string().max(200) }), {
        error: "导入内容已失效，请重新预览",
      })
      .max(2),
  ),
  /** Typed by the admin when the source states no date; checked as a real day by parseEnteredDate. */
  publishedOn: z.string().max(40, "公开日期过长").optional(),
});

async function sourceOf(input: z.output<typeof previewImportSchema>): Promise<ReportSource> {
  if (input.file) {
    const read = await readSourceFile(input.file.name, new Uint8Array(await input.file.arrayBuffer()));
    if (!read.ok) throw new AppError("invalid", read.message, { fieldErrors: { file: read.message } });
    return read.source;
  }
  if (input.text && input.text.trim() !== "") return pastedSource(input.text);
  throw new AppError("invalid", "请粘贴报告全文，或选择 .txt / .html / .docx / .pdf 文件");
}

async function importedOrRefused(source: ReportSource) {
  const result = await importSource(source);
  if (!result.ok) throw new AppError("invalid", result.message);
  return result;
}

async function filingUnitWithCounty(db: Db, filingUnitId: string) {
  return db.filingUnit.findUniqueOrThrow({ where: { id: filingUnitId }, include: { county: true } });
}

/** Reads the pasted text or file and shows what would be stored, with the checks' findings. */
export const previewImportAction = defineAction({
  name: "import.preview",
  input: previewImportSchema,
  need: "administer",
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, input, now }): Promise<ImportPreview> => {
    const filingUnit = await filingUnitWithCounty(db, input.filingUnitId);
    const source = await sourceOf(input);
    const result = await importedOrRefused(source);
    const lastYear = await loadLastYear(db, filingUnit.id, result.year);
    const existing = await db.report.findUnique({
      where: { filingUnitId_year: { filingUnitId: filingUnit.id, year: result.year } },
    });
    return {
      id: randomUUID(),
      formatId: result.format.id,
      organ: result.organ,
      year: result.year,
      publishedOn: result.publishedOn,
      publishedOnSource: result.publishedOnSource,
      dateCandidates: result.dateCandidates,
      data: result.data,
      findings: checkImportedReport(result, { lastYear, today: now.toISOString().slice(0, 10) }),
      issues: result.issues,
      filingUnit: {
        id: filingUnit.id,
        name: filingUnit.name,
        label: `${filingUnit.county.name} · ${filingUnit.name}`,
        organName: filingUnit.organName,
      },
      existing: existing !== null,
      source,
    };
  },
});

/** Imports the previewed source again on the server and stores it as the filing unit's historical report. */
export const saveImportAction = defineAction({
  name: "import.save",
  input: saveImportSchema,
  need: "administer",
  place: (input, db) => filingUnitPlace(db, input.filingUnitId),
  run: async ({ db, user, input, now }) => {
    const filingUnit = await filingUnitWithCounty(db, input.filingUnitId);
    const source = {
      kind: input.sourceKind,
      content: input.sourceContent,
      name: input.sourceName,
      dateCandidates: input.sourceDates,
    };
    const result = await importedOrRefused(source);
    const entered = parseEnteredDate(input.publishedOn, result.year, chinaDate(now));
    if (!entered.ok)
      throw new AppError("invalid", entered.message, { fieldErrors: { publishedOn: entered.message } });
    const report = withDateCandidates(result, entered.candidate ? [entered.candidate] : []);
    const stored = await recordImportedReport(db, {
      filingUnitId: filingUnit.id,
      report,
      sourceNote: source.name,
      actorId: user.id,
      now,
    });
    if (!stored.ok) throw new AppError("conflict", stored.message);
    const date = report.publishedOn ?? "日期不详";
    return {
      message: `已导入为${filingUnit.county.name}${filingUnit.name}${result.year}年度历史报告（历史导入，公开日期：${date}）`,
    };
  },
});
