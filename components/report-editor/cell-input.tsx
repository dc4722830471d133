"use client";
import { memo, type ClipboardEvent, type KeyboardEvent } from "react";
import type { CellInfo } from "@/lib/format/cells";
import { CommentAnchor } from "@/components/comments/comment-anchor";
import { handleCellKey } from "./cell-navigation";
import { useCellView, useEditor } from "./editor-context";

/** A spreadsheet row: tab-separated values, several rows by newline. */
function parseClipboardGrid(text: string): string[][] | null {
  const rows = text
    .replace(/\r/g, "")
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.split("\t"));
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1 ? rows : null;
}

export const CellInput = memo(function CellInput({ cell }: { cell: CellInfo }) {
  const { store, meta } = useEditor();
  const computed = store.computedCells.has(cell.id);
  const { text, inputError, problem } = useCellView(cell.id);
  const describedBy = `${cell.id}-msg`;
  const message = inputError ?? "";

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (handleCellKey(e)) e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const grid = parseClipboardGrid(e.clipboardData.getData("text/plain"));
    if (!grid) return;
    e.preventDefault();
    store.pasteGrid(cell.id, grid);
  };

  const tone =
    inputError || problem === "error"
      ? "bg-red-50 outline outline-2 -outline-offset-2 outline-seal-700"
      : problem === "warning"
        ? "bg-amber-50 outline outline-2 -outline-offset-2 outline-amber-600"
        : "";

  return (
    <>
      <input
        id={cell.id}
        data-cell={cell.id}
        type="text"
        inputMode={cell.kind === "count" ? "numeric" : "decimal"}
        autoComplete="off"
        aria-label={cell.accessibleName}
        aria-invalid={inputError || problem === "error" ? true : undefined}
        aria-describedby={message ? describedBy : undefined}
        readOnly={computed || !meta.editable}
        tabIndex={computed ? -1 : undefined}
        value={text}
        onChange={(e) => store.setCell(cell.id, e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        className={`block w-full min-w-[3.5rem] px-1 py-2 text-center tabular-nums ${
          computed ? "bg-slate-100 font-semibold text-slate-900" : "bg-white"
        } ${tone}`}
      />
      {message ? (
        <span id={describedBy} role="status" className="block px-1 pb-1 text-left text-xs text-seal-700">
          {message}
        </span>
      ) : null}
      {/* The reviewer's thread at this cell opens beside it; nothing shows where there is none. */}
      <CommentAnchor target={cell.id} label={cell.label} className="block min-h-6 w-full px-1 text-xs" />
    </>
  );
});
