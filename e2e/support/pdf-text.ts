import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function run(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return r.stdout;
}

/** The text of each page of a PDF (poppler's pdftotext), whitespace removed. */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-pdf-"));
  try {
    const file = join(dir, "file.pdf");
    writeFileSync(file, bytes);
    const pages = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [file]))?.[1]);
    return Array.from({ length: pages }, (_, i) =>
      run("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), file, "-"]).replace(/\s+/g, ""),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
