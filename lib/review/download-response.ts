import { attachment } from "@/lib/publications/file-responses";
/**
 * A file download. The name is Chinese, so it goes in RFC 5987's filename*
 * with an ASCII fallback for clients that only read filename.
 */
export function downloadResponse(
  body: string | Uint8Array,
  args: { name: string; ascii: string; type: string },
): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": args.type,
      "Content-Disposition": attachment(args.ascii, args.name),
      "Cache-Control": "private, no-store",
    },
  });
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";

/** URLSearchParams as the page's searchParams object (repeated keys become arrays). */
export function searchParamsOf(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    const seen = out[key];
    out[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}
