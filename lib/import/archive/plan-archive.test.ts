import { describe, expect, it } from "vitest";
import type { ArchiveFileSummary } from "./archive-file-summary";
import { planArchive, filingUnitYearKey, type ArchiveTarget, type PlannedFile } from "./plan-archive";

const filingUnits: ArchiveTarget[] = [
  { id: "tunli", name: "屯里镇", organName: "吉县屯里镇人民政府", kind: "township", retired: false },
  { id: "qu-e", name: "曲峨镇", organName: "吉县曲峨镇人民政府", kind: "township", retired: false },
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

  it("saves a department's files as that department, and nothing into a retired unit", () => {
    const units: ArchiveTarget[] = [
      ...filingUnits,
      { id: "fgj", name: "发展和改革局", organName: "吉县发展和改革局", kind: "department", retired: false },
      { id: "old", name: "城关镇", organName: "吉县城关镇人民政府", kind: "township", retired: true },
    ];
    const lines = planArchive(
      [
        file("a", read("吉县发展和改革局", 2021)),
        file("b", read("吉县城关镇人民政府", 2021)),
        file("c", read(null, 2021)),
      ],
      units,
      new Set(),
      new Map([["c", { filingUnitId: "old" }]]),
    );
    expect(statuses(lines)).toEqual([
      ["a", "ready", "fgj", true],
      ["b", "choose", null, false],
      ["c", "choose", null, false],
    ]);
    // The organ did name the retired unit: the note says which and why, not "not found".
    expect(lines[1]?.match).toEqual({ kind: "exact", filingUnitId: "old" });
    expect(lines[1]?.note).toBe("城关镇已停用，不能导入（需要时先在管理页恢复该单位），请选择");
    expect(lines[2]?.note).toContain("城关镇已停用");
  });

  it("proposes a department named by its short form, and saves it only once the admin confirms", () => {
    const units: ArchiveTarget[] = [
      ...filingUnits,
      { id: "fgj", name: "发展和改革局", organName: "吉县发展和改革局", kind: "department", retired: false },
    ];
    const files = [file("a", read("县发改局", 2021))];
    const [proposed] = planArchive(files, units, new Set());
    expect(proposed).toMatchObject({ status: "ready", filingUnitId: "fgj", confirmed: false });
    expect(proposed?.match).toEqual({ kind: "abbreviated", filingUnitId: "fgj" });
    expect(proposed?.note).toBe("机关名称“县发改局”是简称，按简称对应");
    const [confirmed] = planArchive(files, units, new Set(), new Map([["a", { confirmed: true }]]));
    expect(confirmed).toMatchObject({ status: "ready", filingUnitId: "fgj", confirmed: true, note: "" });
  });
});
