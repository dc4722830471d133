/**
 * The largest server-action request body: an import file (10 MB, lib/import/
 * import-limits.ts) and its form fields. next.config.js sets the same limit
 * ("11mb") for Next.js, which would answer a larger body with an English 413;
 * the proxy answers first, in Chinese, whenever the size is declared.
 */
export const MAX_ACTION_BODY_BYTES = 11 * 1024 * 1024;

const BODY_TOO_LARGE_MESSAGE = `请求内容超过 ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB 上限，未处理；请缩小文件或内容后重试`;

/** A 413 for a server-action POST whose declared body exceeds the limit; null for everything else. */
export function oversizedActionResponse(method: string, headers: Headers): Response | null {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const length = Number(headers.get("content-length") ?? "0");
  if (!(length > MAX_ACTION_BODY_BYTES)) return null;
  return new Response(BODY_TOO_LARGE_MESSAGE, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}
