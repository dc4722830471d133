/**
 * Spreadsheet moves between the inputs of one statutory table, found by where
 * the cells are drawn: merged headers, T2's blocks of different widths and
 * T4's single row need no table-specific code.
 */
type Direction = "up" | "down" | "left" | "right";

function typeableInputs(from: HTMLInputElement): HTMLInputElement[] {
  const table = from.closest("table");
  return table
    ? Array.from(table.querySelectorAll<HTMLInputElement>("input[data-cell]:not([readonly])"))
    : [];
}

const centreX = (r: DOMRect) => r.left + r.width / 2;
const centreY = (r: DOMRect) => r.top + r.height / 2;

/** The nearest typeable cell in `direction`: the next row (or column) first, then the closest in line. */
function neighbourCell(from: HTMLInputElement, direction: Direction): HTMLInputElement | null {
  const here = from.getBoundingClientRect();
  const candidates = typeableInputs(from)
    .filter((input) => input !== from)
    .map((input) => ({ input, rect: input.getBoundingClientRect() }));
  const vertical = direction === "up" || direction === "down";
  const sign = direction === "down" || direction === "right" ? 1 : -1;
  // Distance along the move (must be ahead by more than half a cell) and across it.
  const along = (r: DOMRect) => sign * (vertical ? centreY(r) - centreY(here) : centreX(r) - centreX(here));
  const across = (r: DOMRect) => Math.abs(vertical ? centreX(r) - centreX(here) : centreY(r) - centreY(here));
  const half = (vertical ? here.height : here.width) / 2;
  const ahead = candidates.filter((c) => along(c.rect) > half);
  if (!vertical) {
    // Left and right stay in the row.
    const inRow = ahead.filter((c) => across(c.rect) < here.height / 2);
    inRow.sort((a, b) => along(a.rect) - along(b.rect));
    return inRow[0]?.input ?? null;
  }
  if (ahead.length === 0) return null;
  const nearest = Math.min(...ahead.map((c) => along(c.rect)));
  const row = ahead.filter((c) => along(c.rect) - nearest < half);
  row.sort((a, b) => across(a.rect) - across(b.rect));
  return row[0]?.input ?? null;
}

/** The next (or previous) typeable cell of the table in reading order. */
function readingOrderCell(from: HTMLInputElement, step: 1 | -1): HTMLInputElement | null {
  const inputs = typeableInputs(from);
  return inputs[inputs.indexOf(from) + step] ?? null;
}

function moveTo(input: HTMLInputElement | null): boolean {
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

/**
 * Arrow keys and Enter as in a spreadsheet: Enter moves down (Shift+Enter up),
 * to the next cell in reading order where nothing is below; ←/→ leave the
 * cell only from the edge of its text, so typing in it still works; Tab is
 * the browser's. True when the key moved the focus (or was Enter).
 */
export function handleCellKey(event: {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  currentTarget: HTMLInputElement;
}): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey) return false;
  const input = event.currentTarget;
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const atEnd = input.selectionStart === input.value.length || input.selectionEnd === input.value.length;
  const allSelected = input.selectionStart === 0 && input.selectionEnd === input.value.length;
  switch (event.key) {
    case "Enter": {
      const direction = event.shiftKey ? "up" : "down";
      moveTo(neighbourCell(input, direction) ?? readingOrderCell(input, event.shiftKey ? -1 : 1));
      return true;
    }
    case "ArrowDown":
      return moveTo(neighbourCell(input, "down"));
    case "ArrowUp":
      return moveTo(neighbourCell(input, "up"));
    case "ArrowLeft":
      return (atStart || allSelected) && moveTo(neighbourCell(input, "left"));
    case "ArrowRight":
      return (atEnd || allSelected) && moveTo(neighbourCell(input, "right"));
    default:
      return false;
  }
}
