/**
 * The report editor's state, outside React: every keystroke goes through
 * `setCell`/`setNarrative`, which parse the text, recompute the declared
 * totals and re-run the checks. Components subscribe to the slice they show
 * (one cell, one section's findings), so a keystroke re-renders only what
 * changed. Pure TypeScript: the same code is unit-tested and benchmarked.
 */
import { runChecks } from "@/lib/checks/run-checks";
import type { CheckContext, Finding } from "@/lib/checks/types";
import { formatCells, type CellInfo } from "@/lib/format/cells";
import { readNumber } from "@/lib/format/cell-access";
import { computeTotals, parseCellInput, type GovReportData } from "@/lib/format/report-data";
import { setCellValues } from "@/lib/format/set-cell-values";
import type { CellValue, FormatDef, SectionId } from "@/lib/format/types";
import { planPaste } from "./plan-paste";
import { sectionOfTarget } from "./section-of-target";

type SaveState = "saved" | "saving" | "unsaved" | "offline" | "error" | "conflict";

export interface EditorState {
  data: GovReportData;
  /** What each input shows; differs from the number while the text is being typed or invalid. */
  text: Readonly<Record<string, string>>;
  /** Cell id → why its text is not a valid value (the cell counts as blank meanwhile). */
  inputErrors: Readonly<Record<string, string>>;
  findings: readonly Finding[];
  /** Cell or section id → its findings. */
  findingsByTarget: ReadonlyMap<string, readonly Finding[]>;
  /** Server version the local content builds on, and that version's content (the base of a merge). */
  baseVersion: number;
  baseData: GovReportData;
  /** Local change counter; `savedRevision` is the last one the server confirmed. */
  revision: number;
  savedRevision: number;
  save: { state: SaveState; at?: string; message?: string };
}

/** What one cell input shows; the same object until something about the cell changes. */
export interface CellView {
  text: string;
  inputError: string | undefined;
  /** Worst finding on the cell other than a blank (blank cells are listed, not outlined). */
  problem: "" | "error" | "warning";
}

export interface EditorStore {
  readonly format: FormatDef;
  readonly computedCells: ReadonlySet<string>;
  getState(): EditorState;
  subscribe(listener: () => void): () => void;
  /** One cell's view: its listener runs only when that cell's view changes. */
  getCell(cellId: string): CellView;
  subscribeCell(cellId: string, listener: () => void): () => void;
  setCell(cellId: string, text: string): void;
  /** Fills cells from `startCellId` on (or the rows pasted labels name), skipping computed ones (lib/editor/plan-paste.ts). */
  pasteGrid(startCellId: string, rows: readonly (readonly string[])[]): void;
  setNarrative(section: "s1" | "s5" | "s6", text: string): void;
  setContext(context: CheckContext): void;
  /** Replace the content (restoring a local draft, or a merge on top of the server's version). */
  replace(
    data: GovReportData,
    baseVersion: number,
    options?: { text?: Record<string, string>; baseData?: GovReportData },
  ): void;
  setSave(save: EditorState["save"]): void;
  /** The server stored `revision` (whose content was `saved`) as `version`. */
  confirmSaved(revision: number, version: number, at: string, saved: GovReportData): void;
  /** The server moved the report to `version` without changing its content (a withdrawal). */
  rebase(version: number): void;
}

function formatCellText(value: CellValue): string {
  return value === null ? "" : String(value);
}

function indexFindings(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const target of f.cells) {
      const list = map.get(target);
      if (list) list.push(f);
      else map.set(target, [f]);
    }
  }
  return map;
}

export function createEditorStore(
  format: FormatDef,
  initial: { data: GovReportData; version: number; context: CheckContext; text?: Record<string, string> },
): EditorStore {
  const cells = formatCells(format);
  const computedCells = new Set(format.sums.map((s) => s.target));
  let context = initial.context;
  const listeners = new Set<() => void>();
  const cellListeners = new Map<string, Set<() => void>>();
  const cellViews = new Map<string, CellView>();

  function textFromData(data: GovReportData, overrides: Record<string, string> = {}): Record<string, string> {
    const text: Record<string, string> = {};
    for (const cell of cells.all)
      text[cell.id] = overrides[cell.id] ?? formatCellText(readNumber(data, cell));
    return text;
  }

  function inputErrorsOf(text: Record<string, string>): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const cell of cells.all) {
      const t = text[cell.id] ?? "";
      if (computedCells.has(cell.id) || t === "") continue;
      const parsed = parseCellInput(t, cell.kind);
      if (!parsed.ok) errors[cell.id] = parsed.message;
    }
    return errors;
  }

  // The context with the cells that hold unreadable text, rebuilt only when that set changes
  // (narrative checks reuse their results while the context object stays the same).
  let checked: { base: CheckContext; key: string; context: CheckContext } = {
    base: context,
    key: "",
    context,
  };
  function checkContextFor(inputErrors: Readonly<Record<string, string>>): CheckContext {
    const ids = Object.keys(inputErrors).sort();
    const key = ids.join(",");
    if (checked.base !== context || checked.key !== key) {
      checked = {
        base: context,
        key,
        context: ids.length > 0 ? { ...context, unparsedCells: new Set(ids) } : context,
      };
    }
    return checked.context;
  }

  function derive(data: GovReportData, inputErrors: Readonly<Record<string, string>>) {
    const withTotals = computeTotals(format, data);
    const findings = runChecks(format, withTotals, checkContextFor(inputErrors));
    return { data: withTotals, findings, findingsByTarget: indexFindings(findings) };
  }

  const initialText = textFromData(initial.data, initial.text);
  const initialErrors = inputErrorsOf(initialText);
  let state: EditorState = {
    ...derive(initial.data, initialErrors),
    text: initialText,
    inputErrors: initialErrors,
    baseVersion: initial.version,
    baseData: initial.data,
    revision: 0,
    savedRevision: 0,
    save: { state: "saved" },
  };

  function viewOf(s: EditorState, id: string): CellView {
    const list = s.findingsByTarget.get(id);
    let problem: CellView["problem"] = "";
    if (list) {
      for (const f of list) {
        if (f.id === "V-01") continue;
        if (f.severity === "error") {
          problem = "error";
          break;
        }
        if (f.severity === "warning") problem = "warning";
      }
    }
    return { text: s.text[id] ?? "", inputError: s.inputErrors[id], problem };
  }

  function emit(next: EditorState) {
    state = next;
    // Refresh each cell's view and wake only the cells whose view changed.
    const woken: (() => void)[] = [];
    for (const [id, subscribers] of cellListeners) {
      if (subscribers.size === 0) {
        cellViews.delete(id);
        continue;
      }
      const before = cellViews.get(id);
      const after = viewOf(state, id);
      if (
        before &&
        before.text === after.text &&
        before.inputError === after.inputError &&
        before.problem === after.problem
      )
        continue;
      cellViews.set(id, after);
      woken.push(...subscribers);
    }
    for (const l of woken) l();
    for (const l of listeners) l();
  }

  function edited(data: GovReportData, text: Record<string, string>, inputErrors: Record<string, string>) {
    const d = derive(data, inputErrors);
    // Totals are shown from the data, never from typed text.
    const shown = { ...text };
    for (const id of computedCells) {
      const cell = cells.byId.get(id);
      if (cell) shown[id] = formatCellText(readNumber(d.data, cell));
    }
    // A conflict stays until the user resolves it; edits meanwhile are kept locally.
    const save: EditorState["save"] = state.save.state === "conflict" ? state.save : { state: "unsaved" };
    emit({ ...state, ...d, text: shown, inputErrors, revision: state.revision + 1, save });
  }

  function applyCells(entries: [CellInfo, string][]) {
    const values: Record<string, CellValue> = {};
    const text = { ...state.text };
    const inputErrors = { ...state.inputErrors };
    for (const [cell, raw] of entries) {
      if (computedCells.has(cell.id)) continue;
      const parsed = parseCellInput(raw, cell.kind);
      text[cell.id] = raw;
      if (parsed.ok) {
        values[cell.id] = parsed.value;
        delete inputErrors[cell.id];
      } else {
        // An unreadable entry counts as blank (never as a guess) until corrected; its text stays visible.
        values[cell.id] = null;
        inputErrors[cell.id] = parsed.message;
      }
    }
    edited(setCellValues(format, state.data, values), text, inputErrors);
  }

  return {
    format,
    computedCells,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getCell(cellId) {
      let view = cellViews.get(cellId);
      if (!view) {
        view = viewOf(state, cellId);
        cellViews.set(cellId, view);
      }
      return view;
    },
    subscribeCell(cellId, listener) {
      let set = cellListeners.get(cellId);
      if (!set) {
        set = new Set();
        cellListeners.set(cellId, set);
      }
      if (!cellViews.has(cellId)) cellViews.set(cellId, viewOf(state, cellId));
      set.add(listener);
      // The cached view stays: a re-subscribing component must get the same snapshot back.
      return () => set.delete(listener);
    },
    setCell(cellId, text) {
      const cell = cells.byId.get(cellId);
      if (!cell || computedCells.has(cellId) || (state.text[cellId] ?? "") === text) return;
      applyCells([[cell, text]]);
    },
    pasteGrid(startCellId, rows) {
      const start = cells.byId.get(startCellId);
      if (!start) return;
      const entries = planPaste(format, computedCells, start, rows);
      if (entries.length) applyCells(entries);
    },
    setNarrative(section, text) {
      if (state.data.narratives[section] === text) return;
      const data = { ...state.data, narratives: { ...state.data.narratives, [section]: text } };
      edited(data, { ...state.text }, { ...state.inputErrors });
    },
    setContext(next) {
      context = next;
      emit({ ...state, ...derive(state.data, state.inputErrors) });
    },
    replace(data, baseVersion, options = {}) {
      const shown = textFromData(data, options.text);
      const inputErrors = inputErrorsOf(shown);
      emit({
        ...state,
        ...derive(data, inputErrors),
        text: shown,
        inputErrors,
        baseVersion,
        baseData: options.baseData ?? state.baseData,
        revision: state.revision + 1,
        save: { state: "unsaved" },
      });
    },
    setSave(save) {
      emit({ ...state, save });
    },
    rebase(version) {
      emit({ ...state, baseVersion: version });
    },
    confirmSaved(revision, version, at, saved) {
      const caughtUp = revision === state.revision;
      emit({
        ...state,
        baseVersion: version,
        baseData: saved,
        savedRevision: revision,
        save: caughtUp ? { state: "saved", at } : { state: "unsaved", at },
      });
    },
  };
}

/** Findings of one section (by cell or section id), for the task list and section pages. */
export function findingsOfSection(
  format: FormatDef,
  findings: readonly Finding[],
  section: SectionId,
): Finding[] {
  return findings.filter((f) => f.cells.some((target) => sectionOfTarget(format, target) === section));
}
