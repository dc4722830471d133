/**
 * What the public data layer hands to Next.js: the invalidation a
 * publication triggers (tags by URL codes, lists, rendered PDFs) and the
 * download responses, including the PDF fallback to the print view when the
 * server cannot run Chromium.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadPublicReport } from "@/lib/publications/load-public-report";
import type { PublicReport } from "@/lib/publications/public-report-types";
import { getRenderedFile, putRenderedFile } from "@/lib/publications/rendered-file-cache";
import { beijing, insertPlaces, insertPublishedReport } from "../fixtures/published-report";
import { gov2021Report } from "../fixtures/report-data";
import { freshDatabase, type TestDatabase } from "./test-database";

const revalidateTag = vi.fn();
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({
  revalidateTag: (...args: unknown[]) => revalidateTag(...args),
  revalidatePath: (...args: unknown[]) => revalidatePath(...args),
  unstable_cache: vi.fn(),
}));

let t: TestDatabase;
let reportId: string;
let report: PublicReport;

beforeAll(async () => {
  t = await freshDatabase();
  const { filingUnitIds } = await insertPlaces(t.db, { code: "cachec", name: "缓存县" }, [
    { code: "alpha", name: "甲镇" },
  ]);
  ({ reportId } = await insertPublishedReport(t.db, {
    filingUnitId: filingUnitIds.alpha!,
    year: 2022,
    formatId: "gov-2021",
    revisions: [
      { data: gov2021Report(), publishedAt: beijing("2023-01-10T10:00:00") },
      { data: gov2021Report(), publishedAt: beijing("2023-02-10T10:00:00"), correctionNote: "更正" },
    ],
  }));
  report = (await loadPublicReport(t.db, {
    county: "cachec",
    filingUnit: "alpha",
    year: 2022,
    revision: null,
  }))!;
});
afterAll(() => t.drop());

describe("invalidatePublicReport", () => {
  it("expires the report's URL tag, its county-year and the lists at once, and forgets its PDFs", async () => {
    const { invalidatePublicReport } = await import("@/lib/publications/invalidate-public-report");
    putRenderedFile(`pdf:${reportId}:2`, reportId, new Uint8Array([1]));
    putRenderedFile("pdf:other:1", "other", new Uint8Array([2]));
    await invalidatePublicReport(reportId, t.db);
    expect(revalidateTag.mock.calls).toEqual([
      ["public:report:cachec/alpha/2022", { expire: 0 }],
      ["public:county-year:cachec/2022", { expire: 0 }],
      ["public:lists", { expire: 0 }],
    ]);
    expect(getRenderedFile(`pdf:${reportId}:2`)).toBeUndefined();
    expect(getRenderedFile("pdf:other:1")).toBeDefined();
    expect(revalidatePath).not.toHaveBeenCalled();
    // Recorded for the other app servers, with the same tags.
    const recorded = await t.db.cacheInvalidation.findFirst({ orderBy: { id: "desc" } });
    expect(recorded?.reportId).toBe(reportId);
    expect(JSON.parse(recorded?.tags ?? "[]")).toEqual(revalidateTag.mock.calls.map(([tag]) => tag));
  });

  it("invalidateAllPublicData expires every data entry and every cached page, and every PDF", async () => {
    const { invalidateAllPublicData } = await import("@/lib/publications/invalidate-public-report");
    revalidateTag.mockClear();
    putRenderedFile("pdf:other:1", "other", new Uint8Array([2]));
    await invalidateAllPublicData(t.db);
    expect(revalidateTag.mock.calls).toEqual([["public", { expire: 0 }]]);
    expect(revalidatePath.mock.calls).toEqual([["/", "layout"]]);
    expect(getRenderedFile("pdf:other:1")).toBeUndefined();
    const recorded = await t.db.cacheInvalidation.findFirst({ orderBy: { id: "desc" } });
    expect(recorded && { tags: JSON.parse(recorded.tags), reportId: recorded.reportId }).toEqual({
      tags: ["*"],
      reportId: null,
    });
  });
});

describe("download responses", () => {
  it("PDF falls back to the print view (303) when the server has no Chromium", async () => {
    process.env.NIANBAO_PDF = "0";
    const { reportFileResponse } = await import("@/lib/publications/report-file");
    const latest = await reportFileResponse(report, "pdf");
    expect(latest.status).toBe(303);
    // The print view says why it opened instead of a PDF.
    expect(latest.headers.get("location")).toBe("/reports/cachec/alpha/2022/print?pdf=unavailable");
    const first = await loadPublicReport(t.db, {
      county: "cachec",
      filingUnit: "alpha",
      year: 2022,
      revision: 1,
    });
    expect((await reportFileResponse(first!, "pdf")).headers.get("location")).toBe(
      "/reports/cachec/alpha/2022/print?revision=1&pdf=unavailable",
    );
    delete process.env.NIANBAO_PDF;
  });

  it("Word, JSON and CSV carry their types, names and cache rules", async () => {
    const { reportFileResponse } = await import("@/lib/publications/report-file");
    const docx = await reportFileResponse(report, "docx");
    expect(docx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(docx.headers.get("content-disposition")).toBe(
      `attachment; filename="cachec-alpha-2022.docx"; filename*=UTF-8''${encodeURIComponent("缓存县甲镇人民政府2022年政府信息公开工作年度报告（第2版）.docx")}`,
    );
    expect(docx.headers.get("cache-control")).toBe("no-cache");
    const json = await reportFileResponse(report, "json");
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await json.json()).revision).toBe(2);
    const first = await loadPublicReport(t.db, {
      county: "cachec",
      filingUnit: "alpha",
      year: 2022,
      revision: 1,
    });
    const pinned = await reportFileResponse(first!, "csv");
    expect(pinned.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(pinned.headers.get("content-disposition")).toContain('filename="cachec-alpha-2022-r1.csv"');
  });
});
