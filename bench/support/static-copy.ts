/**
 * A page saved under public/ so that the same `next start` serves it as a
 * static file, for comparison in the same run. Next.js lists public files
 * when it starts, so write the copy before starting the server. public/ is
 * one of the build's sources: its times are given back on removal so that
 * the build does not look stale.
 */
import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./start-app-server";

export function writeStaticCopy(name: string, html: string): { path: string; remove(): void } {
  const publicDir = join(root, "public");
  mkdirSync(publicDir, { recursive: true });
  const times = statSync(publicDir);
  const file = join(publicDir, name);
  writeFileSync(file, html);
  return {
    path: `/${name}`,
    remove() {
      rmSync(file, { force: true });
      utimesSync(publicDir, times.atime, times.mtime);
    },
  };
}
