import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CHECK_LIST } from "@/lib/checks/run-checks";
import { CHECKS_DOC, checkSources, renderChecksDoc } from "./checks-doc";

const root = join(import.meta.dirname, "..", "..");

describe("docs/checks.md", () => {
  test("names, for every registered check, the one module that exports it", async () => {
    const sources = await checkSources();
    expect([...sources.keys()].sort()).toEqual(CHECK_LIST.map((check) => check.id));
    for (const path of sources.values()) expect(existsSync(join(root, path)), path).toBe(true);
    // Checks built by a factory are found by what the module exports, not by an `id:` in its text.
    expect(sources.get("T4-02")).toBe("lib/checks/declared-sums.ts");
    expect(sources.get("T3-01")).toBe("lib/checks/application-balance.ts");
  });

  test("is what the registry says today", async () => {
    const current = existsSync(CHECKS_DOC) ? readFileSync(CHECKS_DOC, "utf8") : "";
    expect(current, "docs/checks.md is stale: run `npm run docs:checks` and commit the result").toBe(
      await renderChecksDoc(),
    );
  });
});
