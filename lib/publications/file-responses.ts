/** HTTP answers of the open-data and download routes. */
const NOT_PUBLISHED = "报告不存在或尚未公开";

const TYPES = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export type FileKind = keyof typeof TYPES;

export function isFileKind(value: string): value is FileKind {
  return Object.prototype.hasOwnProperty.call(TYPES, value);
}

/**
 * 404 in the format asked for: a JSON client gets JSON, anyone else plain
 * text. Unpublished and unknown look the same, so nothing leaks about drafts.
 */
export function notFoundResponse(kind: string): Response {
  const headers = { "Cache-Control": "no-store" };
  if (kind === "json") return Response.json({ error: NOT_PUBLISHED }, { status: 404, headers });
  return new Response(`${NOT_PUBLISHED}\n`, {
    status: 404,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * `attachment` with an ASCII name for old clients and the Chinese title
 * (RFC 5987) for everyone else.
 */
export function attachment(asciiName: string, title: string): string {
  // RFC 5987 leaves ' ( ) * unreserved in name but not in ext-value: encode them too.
  const encoded = encodeURIComponent(title).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encoded}`;
}

/**
 * The latest revision may be corrected at any time, so clients revalidate; a
 * pinned revision (?revision=N) is immutable once published.
 */
function cacheControl(pinned: boolean): string {
  return pinned ? "public, max-age=3600" : "no-cache";
}

export function fileResponse(
  kind: FileKind,
  body: string | Uint8Array,
  options: { pinned: boolean; disposition?: string },
): Response {
  const headers: Record<string, string> = { "Content-Type": TYPES[kind], "Cache-Control": cacheControl(options.pinned) };
  if (options.disposition) headers["Content-Disposition"] = options.disposition;
  const payload = typeof body === "string" ? body : new Blob([body as BlobPart], { type: TYPES[kind] });
  return new Response(payload, { status: 200, headers });
}
