"use server";
import { randomUUID } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/validation/zod";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import { administeredTownship } from "@/lib/import/administered-township";
import { checkImportedReport } from "@/lib/import/check-imported-report";
import type { ImportPreviewState, ImportSaveState } from "@/lib/import/import-action-state";
import { importSource, pastedSource, readSourceFile, type ReportSource } from "@/lib/import/import-file";
import { MAX_IMPORT_BYTES } from "@/lib/import/import-limits";
import { withDateCandidates } from "@/lib/import/date-imported-report";
import { parseEnteredDate } from "@/lib/import/entered-date";
import { recordImportedReport } from "@/lib/import/record-imported-report";
import { chinaDate } from "@/lib/publications/china-date";
import { invalidateAllPublicData } from "@/lib/publications/invalidate-public-report";
import { loadLastYear } from "@/lib/reports/check-context";

const savedSourceSchema = z.object({
  kind: z.enum(["text", "html"]),
  content: z.string().min(1).max(MAX_IMPORT_BYTES),
  name: z.string().min(1).max(200),
  // The file's own dates (a PDF's metadata), sent back with the source they were read from.
  dateCandidates: z
    .array(z.object({ date: z.iso.date(), source: z.literal("pdf-metadata"), raw: z.string().max(200) }))
    .max(2),
});

function parsedDates(value: FormDataEntryValue | null): unknown {
  try {
    return typeof value === "string" ? JSON.parse(value) : [];
  } catch {
    return null;
  }
}

async function sourceFromForm(form: FormData): Promise<ReportSource> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    const read = await readSourceFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) throw new ActionError(read.message);
    return read.source;
  }
  const text = form.get("text");
  if (typeof text === "string" && text.trim() !== "") return pastedSource(text);
  throw new ActionError("请粘贴报告全文，或选择 .txt / .html / .docx / .pdf 文件");
}

function failure(error: unknown): string {
  if (error instanceof ActionError) return error.message;
  throw error;
}

/** Reads the pasted text or file and shows what would be stored, with the checks' findings. */
export async function previewImportAction(
  _: ImportPreviewState,
  form: FormData,
): Promise<ImportPreviewState> {
  try {
    const admin = await actionUser(["admin"]);
    const township = await administeredTownship(admin, form.get("townshipId"));
    const source = await sourceFromForm(form);
    const result = await importSource(source);
    if (!result.ok) return { status: "error", message: result.message };
    const now = new Date();
    const lastYear = await loadLastYear(db, township.id, result.year);
    const existing = await db.report.findUnique({
      where: { townshipId_year: { townshipId: township.id, year: result.year } },
    });
    return {
      status: "preview",
      preview: {
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
      },
    };
  } catch (error) {
    return { status: "error", message: failure(error) };
  }
}

/** Imports the previewed source again on the server and stores it as the township's historical report. */
export async function saveImportAction(_: ImportSaveState, form: FormData): Promise<ImportSaveState> {
  try {
    const admin = await actionUser(["admin"]);
    const township = await administeredTownship(admin, form.get("townshipId"));
    const source = savedSourceSchema.safeParse({
      kind: form.get("sourceKind"),
      content: form.get("sourceContent"),
      name: form.get("sourceName"),
      dateCandidates: parsedDates(form.get("sourceDates")),
    });
    if (!source.success) return { ok: false, message: "导入内容已失效，请重新预览" };
    const result = await importSource(source.data);
    if (!result.ok) return { ok: false, message: result.message };
    const now = new Date();
    const entered = parseEnteredDate(form.get("publishedOn"), result.year, chinaDate(now));
    if (!entered.ok) return { ok: false, message: entered.message };
    const report = withDateCandidates(result, entered.candidate ? [entered.candidate] : []);
    const stored = await recordImportedReport(db, {
      townshipId: township.id,
      report,
      sourceNote: source.data.name,
      actorId: admin.id,
      now,
    });
    if (!stored.ok) return { ok: false, message: stored.message };
    revalidatePath("/admin/import");
    await invalidateAllPublicData();
    return {
      ok: true,
      message: `已导入为${township.county.name}${township.name}${result.year}年度历史报告（历史导入，公开日期：${report.publishedOn ?? "日期不详"}）`,
    };
  } catch (error) {
    return { ok: false, message: failure(error) };
  }
}
