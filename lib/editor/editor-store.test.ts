import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { createEditorStore } from "./editor-store";

const format = getFormat("gov-2021");
const context = { year: 2026, organLevel: "township" as const, today: "2027-01-10" };

function newStore(fill: number | null = null) {
  const data = emptyReportData(format) as GovReportData;
  if (fill !== null) {
    data.tables.T3 = data.tables.T3.map((row) => row.map(() => fill));
  }
  return createEditorStore(format, { data, version: 3, context });
}

const R01_C1 = "T3.r01.c1";
const R01_C7 = "T3.r01.c7";

describe("editor store", () => {
  it("parses a keystroke, recomputes totals and re-runs the checks", () => {
    const store = newStore(0);
    expect(store.getState().findings.some((f) => f.id === "T3-01")).toBe(false);
    store.setCell(R01_C1, "12");
    const s = store.getState();
    expect(s.data.tables.T3[0]![0]).toBe(12);
    expect(s.text[R01_C7]).toBe("12");
    expect(s.data.tables.T3[0]![6]).toBe(12);
    expect(s.findings.some((f) => f.id === "T3-01")).toBe(true);
    expect(s.revision).toBe(1);
    expect(s.save.state).toBe("unsaved");
    // Handling all 12 as 予以公开 balances the column again.
    store.setCell("T3.r03.c1", "12");
    expect(store.getState().data.tables.T3[23]![0]).toBe(12);
    expect(store.getState().findings.some((f) => f.id === "T3-01")).toBe(false);
  });

  it("gives unreadable input one message of its own, never a second one calling the cell blank", () => {
    for (const typed of ["-3", "abc", "1.5"]) {
      const store = newStore(0);
      store.setCell(R01_C1, typed);
      const s = store.getState();
      expect(Object.keys(s.inputErrors)).toEqual([R01_C1]);
      expect(s.findings.filter((f) => f.cells.includes(R01_C1) && f.id === "V-01")).toEqual([]);
      // Corrected, the cell is an ordinary value again; emptied, it is blank again.
      store.setCell(R01_C1, "");
      expect(
        store
          .getState()
          .findings.filter((f) => f.id === "V-01")
          .flatMap((f) => f.cells),
      ).toContain(R01_C1);
    }
  });

  it("normalises full-width digits", () => {
    const store = newStore();
    store.setCell(R01_C1, "１２");
    expect(store.getState().data.tables.T3[0]![0]).toBe(12);
  });

  it("keeps unreadable text visible, counts the cell as blank and says why", () => {
    const store = newStore();
    store.setCell(R01_C1, "5");
    store.setCell(R01_C1, "5件x");
    const s = store.getState();
    expect(s.text[R01_C1]).toBe("5件x");
    expect(s.data.tables.T3[0]![0]).toBeNull();
    expect(s.inputErrors[R01_C1]).toMatch(/整数/);
    store.setCell(R01_C1, "6");
    expect(store.getState().inputErrors[R01_C1]).toBeUndefined();
  });

  it("ignores typing into computed cells", () => {
    const store = newStore();
    store.setCell(R01_C7, "99");
    expect(store.getState().data.tables.T3[0]![6]).toBeNull();
    expect(store.getState().revision).toBe(0);
  });

  it("pastes a spreadsheet row across the row, skipping the total column", () => {
    const store = newStore();
    store.pasteGrid(R01_C1, [
      ["1", "2", "3", "4", "5", "6", "999"],
      ["7", "0"],
    ]);
    const { data } = store.getState();
    expect(data.tables.T3[0]).toEqual([1, 2, 3, 4, 5, 6, 21]);
    expect(data.tables.T3[1]!.slice(0, 2)).toEqual([7, 0]);
  });

  it("tracks what the server confirmed", () => {
    const store = newStore();
    store.setCell(R01_C1, "1");
    store.setCell(R01_C1, "2");
    store.confirmSaved(1, 4, "10:00", store.getState().data);
    expect(store.getState().save.state).toBe("unsaved");
    expect(store.getState().baseVersion).toBe(4);
    store.confirmSaved(2, 5, "10:01", store.getState().data);
    expect(store.getState().save).toEqual({ state: "saved", at: "10:01" });
  });

  it("notifies subscribers once per change", () => {
    const store = newStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.setNarrative("s5", "问题");
    store.setNarrative("s5", "问题");
    off();
    store.setNarrative("s5", "其他");
    expect(calls).toBe(1);
  });

  it("wakes only the cells whose view changed", () => {
    const store = newStore(0);
    const woken: string[] = [];
    for (const id of ["T3.r01.c1", "T3.r01.c2", "T3.r01.c7", "T3.r03.c2"])
      store.subscribeCell(id, () => woken.push(id));
    const before = store.getCell("T3.r01.c2");
    store.setCell("T3.r01.c1", "3");
    // The edited cell and its row total change; the neighbours do not.
    expect(woken.sort()).toEqual(["T3.r01.c1", "T3.r01.c7"]);
    expect(store.getCell("T3.r01.c2")).toBe(before);
    expect(store.getCell("T3.r01.c7").text).toBe("3");
    woken.length = 0;
    store.setCell("T3.r01.c2", "x");
    expect(woken).toContain("T3.r01.c2");
    expect(store.getCell("T3.r01.c2").inputError).toMatch(/整数/);
  });
});
