"use server";
import { z } from "zod";
import { actionUser, ActionError } from "@/lib/authz/guards";
import { db } from "@/lib/db/client";
import { administeredTownship } from "@/lib/import/administered-township";
import type { ArchiveFileSummary } from "@/lib/import/archive/archive-file-summary";
import { readArchiveFile } from "@/lib/import/archive/read-archive-file";
import { saveArchiveFile, type ArchiveSave } from "@/lib/import/archive/save-archive-file";
import { MAX_IMPORT_BYTES, TOO_LARGE_MESSAGE } from "@/lib/import/import-limits";
import { invalidatePublicReport } from "@/lib/publications/invalidate-public-report";

const fileNameSchema = z.string().min(1).max(300);
const yearSchema = z.coerce.number().int().min(1990).max(2100);

/** One file of the batch as sent by the page: its bytes and its path inside the archive. */
async function fileFromForm(form: FormData): Promise<{ name: string; bytes: Uint8Array }> {
  const file = form.get("file");
  const name = fileNameSchema.safeParse(form.get("name"));
  if (!(file instanceof File) || !name.success) throw new ActionError("请求中没有文件，请重新选择文件");
  if (file.size > MAX_IMPORT_BYTES) throw new ActionError(TOO_LARGE_MESSAGE);
  return { name: name.data, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function failure(error: unknown): string {
  if (error instanceof ActionError) return error.message;
  throw error;
}

/**
 * Reads one file of an archive and returns its line of the progress view.
 * The page sends the files one request each, so no request lasts longer than
 * one file and nothing of the batch is kept on the server between requests.
 */
export async function readArchiveFileAction(form: FormData): Promise<ArchiveFileSummary> {
  try {
    await actionUser(["admin"]);
    const { name, bytes } = await fileFromForm(form);
    return (await readArchiveFile(name, bytes)).summary;
  } catch (error) {
    return { ok: false, message: failure(error) };
  }
}

/**
 * Saves one confirmed file to the township the admin confirmed. The file is
 * read again here (the server trusts no parsed data from the page); a year
 * that differs from the one confirmed is refused rather than stored elsewhere.
 */
export async function saveArchiveFileAction(form: FormData): Promise<ArchiveSave> {
  try {
    const admin = await actionUser(["admin"]);
    const township = await administeredTownship(admin, form.get("townshipId"));
    const year = yearSchema.safeParse(form.get("year"));
    if (!year.success) return { status: "failed", message: "年度无效，请重新读取该文件" };
    const { name, bytes } = await fileFromForm(form);
    const { summary, report } = await readArchiveFile(name, bytes);
    if (!report) return { status: "failed", message: summary.ok ? "无法读取该文件" : summary.message };
    if (report.year !== year.data) {
      return { status: "failed", message: `文件读出的年度（${report.year}）与确认时不同，请重新读取` };
    }
    const saved = await saveArchiveFile(db, {
      townshipId: township.id,
      report,
      sourceNote: name,
      actorId: admin.id,
      now: new Date(),
    });
    if (saved.status === "saved") await invalidatePublicReport(saved.reportId);
    return saved;
  } catch (error) {
    return { status: "failed", message: failure(error) };
  }
}
