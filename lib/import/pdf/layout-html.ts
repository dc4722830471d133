import type { LayoutBlock } from "./geometry";

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function span(name: string, value: number): string {
  return value > 1 ? ` ${name}="${value}"` : "";
}

/**
 * The blocks as a plain HTML document: paragraphs as <p>, tables with their
 * merged cells as rowspan/colspan. The HTML tokenizer reads it like any
 * saved page, and it is what the preview sends back on save.
 */
export function layoutToHtml(blocks: readonly LayoutBlock[]): string {
  const body = blocks.map((block) => {
    if (block.kind === "paragraph") return `<p>${escape(block.text)}</p>`;
    const rows = block.rows.map(
      (row) =>
        `<tr>${row.map((cell) => `<td${span("rowspan", cell.rowspan)}${span("colspan", cell.colspan)}>${escape(cell.text).replace(/\n/g, "<br>")}</td>`).join("")}</tr>`,
    );
    return `<table>${rows.join("")}</table>`;
  });
  return `<!DOCTYPE html><html><body>\n${body.join("\n")}\n</body></html>`;
}
