import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A path of the app's own areas built from values, e.g. `/fill/${county}/…`. */
const BUILT_PATH = /`\/(fill|review|preview|reports)\/\$\{/;

describe("one place for the app's URLs", () => {
  test("pages, components, actions, notifications and loaders build paths only through lib/urls", () => {
    const offenders = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((file) => relative(ROOT, file))
      .filter((file) => !file.startsWith("lib/urls/"))
      .filter((file) => BUILT_PATH.test(readFileSync(join(ROOT, file), "utf8")));
    expect(offenders, "build these paths with lib/urls (fill-paths, review-paths, public-paths)").toEqual([]);
  });
});
