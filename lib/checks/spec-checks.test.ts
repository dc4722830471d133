import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { CHECK_LIST } from "./run-checks";
import {
  BEYOND_THE_SPEC,
  expandSpecIds,
  NOT_IMPLEMENTED_AS_CHECKS,
  SPEC_CHECK_TABLE,
  type SpecCheckRow,
} from "./spec-checks";

const specIds = SPEC_CHECK_TABLE.flatMap((row) => expandSpecIds(row.ids));
const implemented = new Map(CHECK_LIST.map((check) => [check.id, check]));

describe("the registry against the spec's check table", () => {
  test("expands id ranges as the spec writes them", () => {
    expect(expandSpecIds("T4-01..03")).toEqual(["T4-01", "T4-02", "T4-03"]);
    expect(expandSpecIds("S-06")).toEqual(["S-06"]);
  });

  test("every check id of the spec is implemented or listed as not implemented, with a reason", () => {
    const missing = specIds.filter((id) => !implemented.has(id) && !NOT_IMPLEMENTED_AS_CHECKS[id]);
    expect(
      missing,
      "add the check to lib/checks/run-checks.ts or explain in NOT_IMPLEMENTED_AS_CHECKS",
    ).toEqual([]);
  });

  test("what is listed as not implemented is in the spec, has no check and says why", () => {
    for (const [id, reason] of Object.entries(NOT_IMPLEMENTED_AS_CHECKS)) {
      expect(specIds).toContain(id);
      expect(implemented.has(id), `${id} is implemented now: remove it from NOT_IMPLEMENTED_AS_CHECKS`).toBe(
        false,
      );
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  test("every implemented check is in the spec's table or listed as beyond it, with a reason", () => {
    const unexplained = CHECK_LIST.map((check) => check.id).filter(
      (id) => !specIds.includes(id) && !BEYOND_THE_SPEC[id],
    );
    expect(unexplained, "add the spec row, or the reason to BEYOND_THE_SPEC").toEqual([]);
    for (const id of Object.keys(BEYOND_THE_SPEC)) {
      expect(implemented.has(id), `${id} is listed as beyond the spec but has no check`).toBe(true);
      expect(specIds).not.toContain(id);
    }
  });

  test("an implemented check has the severity the spec gives it", () => {
    for (const row of SPEC_CHECK_TABLE) {
      for (const id of expandSpecIds(row.ids)) {
        const check = implemented.get(id);
        if (check) expect(`${id}:${check.severity}`).toBe(`${id}:${row.severity}`);
      }
    }
  });
});

/**
 * The spec sits beside the repository (shared/spec), not in it: look for it in
 * the ancestors of the checkout, as the project's working copies have it.
 */
function findSpec(): string | null {
  let dir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  for (;;) {
    const candidate = join(dir, "shared", "spec", "annual-report-format.md");
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The rows of the table under "## 8. Checks". */
function specTable(markdown: string): SpecCheckRow[] {
  const section = markdown.split(/^## /m).find((part) => part.startsWith("8. "));
  if (!section) throw new Error("the spec has no section 8");
  return section
    .split("\n")
    .filter((line) => line.startsWith("|"))
    .slice(2) // header and separator
    .map((line) => {
      const [ids = "", severity = "", rule = ""] = line
        .slice(1, line.lastIndexOf("|"))
        .split("|")
        .map((cell) => cell.trim());
      return { ids, severity, rule };
    });
}

const specPath = findSpec();

test.skipIf(specPath === null)("SPEC_CHECK_TABLE is the spec's check table, word for word", () => {
  const spec = specTable(readFileSync(specPath!, "utf8"));
  expect(spec.length).toBeGreaterThan(10);
  expect(SPEC_CHECK_TABLE, "the spec's check table changed: update lib/checks/spec-checks.ts").toEqual(spec);
});
