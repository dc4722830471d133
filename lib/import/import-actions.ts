import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/actions/app-error";
import { defineAction } from "@/lib/actions/define-action";
import { townshipPlace } from "@/lib/actions/places";
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

const townshipIdSchema = z.string({ error: "请选择乡镇" }).min(1, "请选择乡镇").max(64, "请选择乡镇");

/** The preview form: a township and either a chosen file or pasted text (the file wins). */
const previewImportSchema = z.object({
  townshipId: townshipIdSchema,
  file: z.file().max(MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE).optional(),
  text: z.string().max(MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE).optional(),
});

/** The confirm form: the decoded source sent back, imported again (no parsed data is trusted). */
const saveImportSchema = z.object({
  townshipId: townshipIdSchema,
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

async function townshipWithCounty(db: Db, townshipId: string) {
  return db.township.findUniqueOrThrow({ where: { id: townshipId }, include: { county: true } });
}

/** Reads the pasted text or file and shows what would be stored, with the checks' findings. */
export const previewImportAction = defineAction({
  name: "import.preview",
  input: previewImportSchema,
  need: "administer",
  place: (input, db) => townshipPlace(db, input.townshipId),
  run: async ({ db, input, now }): Promise<ImportPreview> => {
    const township = await townshipWithCounty(db, input.townshipId);
    const source = await sourceOf(input);
    const result = await importedOrRefused(source);
    const lastYear = await loadLastYear(db, township.id, result.year);
    const existing = await db.report.findUnique({
      where: { townshipId_year: { townshipId: township.id, year: result.year } },
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
      township: {
        id: township.id,
        name: township.name,
        label: `${township.county.name} · ${township.name}`,
        organName: township.organName,
      },
      existing: existing !== null,
      source,
    };
  },
});

/** Imports the previewed source again on the server and stores it as the township's historical report. */
export const saveImportAction = defineAction({
  name: "import.save",
  input: saveImportSchema,
  need: "administer",
  place: (input, db) => townshipPlace(db, input.townshipId),
  run: async ({ db, user, input, now }) => {
    const township = await townshipWithCounty(db, input.townshipId);
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
      townshipId: township.id,
      report,
      sourceNote: source.name,
      actorId: user.id,
      now,
    });
    if (!stored.ok) throw new AppError("conflict", stored.message);
    const date = report.publishedOn ?? "日期不详";
    return {
      message: `已导入为${township.county.name}${township.name}${result.year}年度历史报告（历史导入，公开日期：${date}）`,
    };
  },
});
