import { describe, expect, it } from "vitest";
import { getFormat } from "@/lib/format";
import { emptyReportData, type GovReportData } from "@/lib/format/report-data";
import { Autosaver, MAX_WAIT_MS, RETRY_MS, type AutosaverDeps, type SaveOutcome } from "./autosaver";
import { createEditorStore } from "./editor-store";
import { setCellValues } from "@/lib/format/set-cell-values";

const format = getFormat("gov-2021");

/** A hand-driven clock: timers fire only when the test advances time. */
function harness(respond: (call: number) => SaveOutcome | "throw") {
  let now = 0;
  let online = true;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const saves: { version: number }[] = [];
  const drafts: unknown[] = [];
  let cleared = 0;
  const conflicts: unknown[] = [];
  const store = createEditorStore(format, {
    data: emptyReportData(format) as GovReportData,
    version: 1,
    context: { year: 2026, organLevel: "township" },
  });
  const deps: AutosaverDeps = {
    async save(req) {
      saves.push({ version: req.version });
      const r = respond(saves.length);
      if (r === "throw") throw new TypeError("fetch failed");
      return r;
    },
    isOnline: () => online,
    writeDraft: (d) => drafts.push(d),
    clearDraft: () => cleared++,
    onConflict: (c) => conflicts.push(c),
    formatTime: () => "10:00",
    setTimeout(fn, ms) {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout(h) {
      const i = timers.findIndex((t) => t.id === h);
      if (i >= 0) timers.splice(i, 1);
    },
    now: () => now,
  };
  const saver = new Autosaver(store, deps);
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const t = timers[0];
      if (!t || t.at > end) break;
      timers.shift();
      now = t.at;
      t.fn();
      await new Promise((r) => setImmediate(r));
    }
    now = end;
  }
  return {
    store,
    saver,
    saves,
    drafts,
    conflicts,
    advance,
    setOnline: (v: boolean) => (online = v),
    cleared: () => cleared,
  };
}

const ok = (version: number): SaveOutcome => ({ ok: true, version, savedAt: "2027-01-10T02:00:00Z" });

describe("autosave", () => {
  it("saves once typing pauses, with the version it builds on", async () => {
    const h = harness((n) => ok(n + 1));
    h.store.setCell("T3.r01.c1", "1");
    h.store.setCell("T3.r01.c1", "12");
    await h.advance(1000);
    expect(h.saves).toEqual([{ version: 1 }]);
    expect(h.store.getState().save).toEqual({ state: "saved", at: "10:00" });
    expect(h.store.getState().baseVersion).toBe(2);
    expect(h.drafts.length).toBe(1);
    expect(h.cleared()).toBe(1);
  });

  it("never leaves more than ~2 s of continuous typing unsaved", async () => {
    const h = harness((n) => ok(n + 1));
    for (let i = 0; i < 30; i++) {
      h.store.setCell("T3.r01.c1", String(i));
      await h.advance(100);
    }
    // 3 s of typing, a keystroke every 100 ms: the debounce alone would never fire.
    expect(h.saves.length).toBeGreaterThanOrEqual(Math.floor(3000 / MAX_WAIT_MS));
  });

  it("keeps the edits and retries while offline", async () => {
    const h = harness((n) => ok(n + 1));
    h.setOnline(false);
    h.store.setCell("T3.r01.c1", "5");
    await h.advance(1000);
    expect(h.saves).toHaveLength(0);
    expect(h.store.getState().save.state).toBe("offline");
    expect(h.drafts.length).toBe(1);
    h.setOnline(true);
    await h.advance(RETRY_MS);
    expect(h.saves).toHaveLength(1);
    expect(h.store.getState().save.state).toBe("saved");
  });

  it("treats a failed request as offline, not as lost", async () => {
    const h = harness((n) => (n === 1 ? "throw" : ok(7)));
    h.store.setCell("T3.r01.c1", "5");
    await h.advance(1000);
    expect(h.store.getState().save.state).toBe("offline");
    await h.advance(RETRY_MS);
    expect(h.store.getState().save.state).toBe("saved");
    expect(h.store.getState().baseVersion).toBe(7);
  });

  it("says so and saves again when the server's database is unavailable; other refusals are not retried", async () => {
    const message = "数据库暂时无法连接，本次操作未完成";
    const h = harness((n) => (n === 1 ? { ok: false, code: "unavailable", message } : ok(4)));
    h.store.setCell("T3.r01.c1", "5");
    await h.advance(1000);
    expect(h.store.getState().save).toMatchObject({ state: "error", message });
    await h.advance(RETRY_MS);
    expect(h.saves).toEqual([{ version: 1 }, { version: 1 }]);
    expect(h.store.getState().save.state).toBe("saved");

    const refused = harness(() => ({ ok: false, code: "invalid", message: "保存请求格式有误" }));
    refused.store.setCell("T3.r01.c1", "5");
    await refused.advance(1000 + RETRY_MS * 3);
    expect(refused.saves).toHaveLength(1);
    expect(refused.store.getState().save.state).toBe("error");
  });

  it("merges changes to different cells silently and saves on top of the server version", async () => {
    const server = setCellValues(format, emptyReportData(format) as GovReportData, { "T3.r03.c1": 4 });
    const h = harness((n) =>
      n === 1
        ? { ok: false, code: "conflict", message: "冲突", serverVersion: 9, serverData: server }
        : ok(10),
    );
    h.store.setCell("T3.r01.c1", "5");
    await h.advance(1000);
    expect(h.conflicts).toHaveLength(0);
    await h.advance(1000);
    expect(h.saves[1]).toEqual({ version: 9 });
    const { data } = h.store.getState();
    expect(data.tables.T3[0]![0]).toBe(5);
    expect(data.tables.T3[2]![0]).toBe(4);
    expect(h.store.getState().save.state).toBe("saved");
  });

  it("stops on a real conflict until the user chooses, then saves on top of the server version", async () => {
    const server = setCellValues(format, emptyReportData(format) as GovReportData, { "T3.r01.c1": 7 });
    const h = harness((n) =>
      n === 1
        ? { ok: false, code: "conflict", message: "冲突", serverVersion: 9, serverData: server }
        : ok(10),
    );
    h.store.setCell("T3.r01.c1", "5");
    await h.advance(1000);
    expect(h.store.getState().save.state).toBe("conflict");
    expect(h.conflicts).toHaveLength(1);
    h.store.setCell("T3.r01.c2", "1");
    await h.advance(3000);
    expect(h.saves).toHaveLength(1);
    h.saver.resolveConflict("mine", h.conflicts[0] as Extract<SaveOutcome, { code: "conflict" }>);
    await h.advance(1000);
    expect(h.saves[1]).toEqual({ version: 9 });
    expect(h.store.getState().data.tables.T3[0]![0]).toBe(5);
  });

  it("can take the other side's value instead", async () => {
    const server = setCellValues(format, emptyReportData(format) as GovReportData, { "T3.r01.c1": 7 });
    const h = harness((n) =>
      n === 1
        ? { ok: false, code: "conflict", message: "冲突", serverVersion: 9, serverData: server }
        : ok(10),
    );
    h.store.setCell("T3.r01.c1", "5");
    await h.advance(1000);
    expect(h.conflicts).toHaveLength(1);
    h.saver.resolveConflict("theirs", h.conflicts[0] as Extract<SaveOutcome, { code: "conflict" }>);
    await h.advance(3000);
    expect(h.store.getState().data.tables.T3[0]![0]).toBe(7);
    expect(h.store.getState().save.state).toBe("saved");
  });
});
