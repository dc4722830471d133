import { describe, expect, it } from "vitest";
import type { ArchiveFileSummary } from "./archive-file-summary";
import type { FilingUnitName } from "./match-filing-unit";
import { planArchive, filingUnitYearKey, type PlannedFile } from "./plan-archive";

const filingUnits: FilingUnitName[] = [
  { id: "tunli", name: "屯里镇", organName: "吉县屯里镇人民政府" },
  { id: "qu-e", name: "曲峨镇", organName: "吉县曲峨镇人民政府" },
];

function read(organ: string | null, year: number): ArchiveFileSummary {
  return {
    ok: true,
    formatId: "gov-2021",
    organ,
    year,
    publishedOn: null,
    findings: 0,
    errors: 0,
    issues: [],
  };
}

function file(key: string, summary: ArchiveFileSummary | null): PlannedFile {
  return { key, name: `${key}.txt`, summary };
}

const statuses = (lines: ReturnType<typeof planArchive>) =>
  lines.map((l) => [l.key, l.status, l.filingUnitId, l.confirmed]);

describe("planArchive", () => {
  it("assigns matched files and confirms them; unread, unreadable and unmatched files are not saved", () => {
    const lines = planArchive(
      [
        file("a", read("吉县屯里镇人民政府", 2020)),
        file("b", read("曲峨镇", 2021)),
        file("c", null),
        file("d", { ok: false, message: "无法识别" }),
        file("e", read("某某局", 2020)),
      ],
      filingUnits,
      new Set(),
    );
    expect(statuses(lines)).toEqual([
      ["a", "ready", "tunli", true],
      ["b", "ready", "qu-e", true],
      ["c", "pending", null, false],
      ["d", "unreadable", null, false],
      ["e", "choose", null, false],
    ]);
    expect(lines[3]?.note).toBe("无法识别");
    expect(lines[4]?.note).toContain("请选择");
  });

  it("skips a filing unit+year already stored and a second file of the same filing unit+year in the batch", () => {
    const lines = planArchive(
      [
        file("a", read("屯里镇", 2020)),
        file("b", read("吉县屯里镇人民政府", 2020)),
        file("c", read("屯里镇", 2019)),
      ],
      filingUnits,
      new Set([filingUnitYearKey("tunli", 2019)]),
    );
    expect(statuses(lines)).toEqual([
      ["a", "ready", "tunli", true],
      ["b", "duplicate", "tunli", false],
      ["c", "exists", "tunli", false],
    ]);
    expect(lines[1]?.note).toContain("a.txt");
  });

  it("follows the admin's choices: a filing unit chosen by hand, a confirmation unticked", () => {
    const choices = new Map([
      ["a", { confirmed: false }],
      ["e", { filingUnitId: "qu-e" }],
      ["f", { filingUnitId: "no-such-filing-unit" }],
    ]);
    const lines = planArchive(
      [
        file("a", read("屯里镇", 2020)),
        file("b", read("屯里镇", 2020)),
        file("e", read(null, 2020)),
        file("f", read("屯里镇", 2021)),
      ],
      filingUnits,
      new Set(),
      choices,
    );
    // An unconfirmed file does not take its filing unit+year from a later one.
    expect(statuses(lines)).toEqual([
      ["a", "ready", "tunli", false],
      ["b", "ready", "tunli", true],
      ["e", "ready", "qu-e", true],
      ["f", "choose", null, false],
    ]);
  });
});
