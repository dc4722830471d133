/**
 * Keeps the server copy of a report close behind the editor: saves a moment
 * after typing stops and never leaves more than ~2 s of typing unsaved,
 * mirrors unconfirmed edits into local storage, retries when offline, and
 * stops on a version conflict until the user decides. No React, no DOM
 * globals: the caller injects the save call, the clock-free timers and storage.
 */
import type { EditorStore } from "./editor-store";
import type { DataDifference } from "./diff-report-data";
import { mergeReportData } from "./merge-report-data";
import type { GovReportData } from "@/lib/format/report-data";
import type { ActionResult } from "@/lib/actions/action-result";

const DEBOUNCE_MS = 800;
export const MAX_WAIT_MS = 2000;
export const RETRY_MS = 5000;
const MIRROR_MS = 200;

export type SaveOutcome =
  | { ok: true; version: number; savedAt: string }
  | { ok: false; code: "conflict"; message: string; serverVersion: number; serverData: GovReportData }
  | { ok: false; code: string; message: string };

export type ServerConflict = Extract<SaveOutcome, { code: "conflict" }>;

/** The save action's result as the autosaver reads it: a conflict brings the server copy along. */
export function saveOutcomeOf(result: ActionResult<{ version: number; savedAt: string }>): SaveOutcome {
  if (result.ok) return { ok: true, version: result.data.version, savedAt: result.data.savedAt };
  const server = result.detail as { serverVersion?: number; serverData?: GovReportData } | undefined;
  if (result.code === "conflict" && server?.serverData && server.serverVersion !== undefined)
    return {
      ok: false,
      code: "conflict",
      message: result.message,
      serverVersion: server.serverVersion,
      serverData: server.serverData,
    };
  return { ok: false, code: result.code, message: result.message };
}

/** A conflict the person must decide: the items both sides changed differently. */
export type EditConflict = ServerConflict & { conflicts: DataDifference[] };

export interface AutosaverDeps {
  save(request: { version: number; data: GovReportData }): Promise<SaveOutcome>;
  isOnline(): boolean;
  writeDraft(draft: {
    baseVersion: number;
    baseData: GovReportData;
    data: GovReportData;
    invalidText: Record<string, string>;
  }): void;
  clearDraft(): void;
  onConflict(conflict: EditConflict): void;
  formatTime(iso: string): string;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export class Autosaver {
  private saving = false;
  private timer: unknown = null;
  private mirrorTimer: unknown = null;
  private firstPendingAt: number | null = null;
  private lastRevision: number;
  private unsubscribe: () => void;

  constructor(
    private readonly store: EditorStore,
    private readonly deps: AutosaverDeps,
  ) {
    const s = store.getState();
    this.lastRevision = s.revision;
    this.unsubscribe = store.subscribe(() => this.onChange());
    // Content restored before the saver existed (a local draft merged in on load) still needs saving.
    if (s.revision !== s.savedRevision) this.schedule();
  }

  dispose(): void {
    this.unsubscribe();
    if (this.timer) this.deps.clearTimeout(this.timer);
    if (this.mirrorTimer) this.deps.clearTimeout(this.mirrorTimer);
  }

  private onChange(): void {
    const s = this.store.getState();
    if (s.revision === this.lastRevision) return;
    this.lastRevision = s.revision;
    if (this.mirrorTimer) this.deps.clearTimeout(this.mirrorTimer);
    this.mirrorTimer = this.deps.setTimeout(() => this.mirror(), MIRROR_MS);
    if (s.save.state !== "conflict") this.schedule();
  }

  /** Writes unconfirmed edits to local storage now (also called when the page is hidden). */
  mirror(): void {
    const s = this.store.getState();
    if (s.revision === s.savedRevision) return;
    const invalidText: Record<string, string> = {};
    for (const id of Object.keys(s.inputErrors)) invalidText[id] = s.text[id] ?? "";
    this.deps.writeDraft({ baseVersion: s.baseVersion, baseData: s.baseData, data: s.data, invalidText });
  }

  private schedule(delay?: number): void {
    if (this.timer) this.deps.clearTimeout(this.timer);
    const now = this.deps.now();
    this.firstPendingAt ??= now;
    const wait = delay ?? Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS - now));
    this.timer = this.deps.setTimeout(() => void this.saveNow(), wait);
  }

  wentOffline(): void {
    this.store.setSave({ state: "offline", at: this.store.getState().save.at });
  }

  async saveNow(): Promise<void> {
    const s = this.store.getState();
    if (this.saving || s.revision === s.savedRevision || s.save.state === "conflict") return;
    if (!this.deps.isOnline()) {
      this.wentOffline();
      this.schedule(RETRY_MS);
      return;
    }
    this.saving = true;
    this.firstPendingAt = null;
    const revision = s.revision;
    this.store.setSave({ state: "saving", at: s.save.at });
    let retry = false;
    try {
      const result = await this.deps.save({ version: s.baseVersion, data: s.data });
      if (result.ok) {
        this.store.confirmSaved(revision, result.version, this.deps.formatTime(result.savedAt), s.data);
        if (this.store.getState().revision === revision) this.deps.clearDraft();
      } else if ("serverData" in result) {
        this.onServerConflict(result);
      } else if (result.code === "unavailable") {
        // The server is there but its database is not (a restart, a failover): nothing was saved;
        // the edits stay here and in local storage, and the same save is sent again.
        this.store.setSave({ state: "error", message: result.message, at: s.save.at });
        retry = true;
      } else {
        this.store.setSave({ state: "error", message: result.message, at: s.save.at });
      }
    } catch {
      // Network gone or server unreachable: the edits stay here and in local storage.
      this.wentOffline();
    } finally {
      this.saving = false;
    }
    const after = this.store.getState().save.state;
    if (after === "unsaved") this.schedule();
    else if (after === "offline" || (retry && after === "error")) this.schedule(RETRY_MS);
  }

  /**
   * Someone saved first (another session, or this page's own earlier save
   * that landed after a reload). Edits to different cells merge and saving
   * carries on; only items both sides changed differently go to the person.
   */
  private onServerConflict(result: ServerConflict): void {
    const s = this.store.getState();
    const { merged, conflicts } = mergeReportData(this.store.format, s.baseData, s.data, result.serverData);
    if (conflicts.length === 0) {
      this.store.replace(merged, result.serverVersion, { baseData: result.serverData });
      return;
    }
    this.store.setSave({ state: "conflict", message: result.message });
    this.deps.onConflict({ ...result, conflicts });
  }

  /** The person decided the items both sides changed: theirs or mine; everything else stays merged. */
  resolveConflict(choice: "mine" | "theirs", conflict: ServerConflict): void {
    const s = this.store.getState();
    const { merged } = mergeReportData(this.store.format, s.baseData, s.data, conflict.serverData, choice);
    this.store.replace(merged, conflict.serverVersion, { baseData: conflict.serverData });
  }
}
