/**
 * HTTP clients of the January load test, speaking to the app exactly as a
 * browser does: sign-in through the auth API (session cookie), the editor's
 * autosave as the server-action POST the page sends, page loads by GET.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Timed {
  ms: number;
  ok: boolean;
  status: number;
}

/** The id Next.js gave a server action in this build (what the page posts as `Next-Action`). */
export function serverActionId(root: string, exportedName: string, pageHint: string): string {
  const manifest = JSON.parse(
    readFileSync(join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    const onPage = Object.keys(entry.workers).some((worker) => worker.includes(pageHint));
    if (onPage && entry.exportedName === exportedName) return id;
  }
  throw new Error(`no server action ${exportedName} on a page like ${pageHint} in this build`);
}

/** Signs in; returns the session cookie to send with every request. */
export async function signIn(server: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${server}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The value a server action returned, from its RSC response (the row that holds an object with `ok`). */
export function actionResult(body: string): Record<string, unknown> | null {
  for (const line of body.split("\n")) {
    const at = line.indexOf(":");
    if (at < 0) continue;
    try {
      const value: unknown = JSON.parse(line.slice(at + 1));
      if (value && typeof value === "object" && "ok" in value) return value as Record<string, unknown>;
    } catch {
      // not a JSON row
    }
  }
  return null;
}

/** POSTs a server action as the page does; resolves to the action's result. */
export async function callAction(
  server: string,
  path: string,
  actionId: string,
  cookie: string,
  args: unknown[],
): Promise<Timed & { result: Record<string, unknown> | null }> {
  const started = performance.now();
  try {
    const response = await fetch(`${server}${path}`, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        "next-action": actionId,
        origin: server,
        cookie,
      },
      body: JSON.stringify(args),
    });
    const result = actionResult(await response.text());
    return {
      ms: performance.now() - started,
      ok: response.ok && result?.ok === true,
      status: response.status,
      result,
    };
  } catch {
    return { ms: performance.now() - started, ok: false, status: 0, result: null };
  }
}

export async function load(url: string, cookie?: string): Promise<Timed> {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.status === 200, status: response.status };
  } catch {
    return { ms: performance.now() - started, ok: false, status: 0 };
  }
}
