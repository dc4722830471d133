/**
 * Import speed per layout of the same kind of published report: plain text,
 * a saved web page, a Word file and PDFs (the PDF fixtures, one of them 10
 * pages), each through importFile — the path the admin page and the CLI take,
 * decoding in the warm import worker — plus the checks.
 *
 * Same-run baselines: for PDFs, pdf.js alone reading every page's text and
 * drawing operators of the same file, in this process, with no layout at all
 * (the floor any PDF import pays); for text, importText in this process (no
 * worker). The ratios say what the worker hop and the geometry add on top.
 *
 * Goals: text and HTML under 50 ms median; the 10-page PDF under 300 ms
 * median. Env: BENCH_RUNS=20. Exits non-zero when a goal is missed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDemoSeed } from "@/lib/demo/seeds/import-demo-seeds";
import { checkImportedReport } from "@/lib/import/check-imported-report";
import { docxFromTabText } from "@/lib/import/fixtures/build-docx";
import { importFile } from "@/lib/import/import-file";
import { importText } from "@/lib/import/import-report";
import { toReportJson } from "@/lib/import/report-json";
import { serializeReportText } from "@/lib/import/serialize-report-text";

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 20));
const WARMUP = 3;
const TEXT_GOAL_MS = 50;
const PDF_10_PAGES_GOAL_MS = 300;
const ROOT = join(import.meta.dirname, "..");
const PDFS = join(ROOT, "lib", "import", "fixtures", "pdf");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
}

async function time(work: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARMUP; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return { median: median(samples), p95: p95(samples) };
}

function importing(name: string, bytes: Uint8Array): () => Promise<void> {
  return async () => {
    const result = await importFile(name, bytes);
    if (!result.ok) throw new Error(`${name}: ${result.message}`);
    checkImportedReport(result);
  };
}

/** pdf.js alone: every page's text content and operator list, nothing built from them. */
function pdfjsOnly(bytes: Uint8Array): () => Promise<void> {
  return async () => {
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const root = join(ROOT, "node_modules", "pdfjs-dist");
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: join(root, "cmaps") + "/",
      cMapPacked: true,
      standardFontDataUrl: join(root, "standard_fonts") + "/",
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    }).promise;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      await Promise.all([page.getTextContent(), page.getOperatorList()]);
    }
    await doc.destroy();
  };
}

const encoder = new TextEncoder();
const seed = readDemoSeed("000-tunli-2020.txt");
const seedReport = importText(seed);
if (!seedReport.ok) throw new Error(seedReport.message);
const html = readFileSync(join(ROOT, "lib", "import", "fixtures", "report-2021.html"));
const docx = docxFromTabText(serializeReportText(toReportJson(seedReport, [])));
const pdf = (file: string) => new Uint8Array(readFileSync(join(PDFS, file)));
const longPdf = pdf("word-fangsong-tunli-2020-long.pdf");

const rows: { name: string; goal: number | null; median: number; p95: number }[] = [];
const measure = async (name: string, goal: number | null, work: () => Promise<void>) => {
  rows.push({ name, goal, ...(await time(work)) });
};
await measure("text: seed 000 (.txt)", TEXT_GOAL_MS, importing("seed-000.txt", encoder.encode(seed)));
await measure("HTML: report-2021.html", TEXT_GOAL_MS, importing("report-2021.html", html));
await measure(".docx: seed 000 as Word", null, importing("seed-000.docx", docx));
await measure(
  "PDF: 淮安市 2024, published (6 pages)",
  null,
  importing("huaian.pdf", pdf("17-huaian-city-2024.pdf")),
);
await measure(
  "PDF: seed 004, 宋体 layout (3 pages)",
  null,
  importing("wuling.pdf", pdf("word-songti-wuling-2020.pdf")),
);
await measure(
  "PDF: seed 000, 仿宋 layout (6 pages)",
  null,
  importing("tunli.pdf", pdf("word-fangsong-tunli-2020.pdf")),
);
await measure(
  "PDF: seed 000, 仿宋 layout, 10 pages",
  PDF_10_PAGES_GOAL_MS,
  importing("tunli-long.pdf", longPdf),
);
await measure(
  "PDF: printed by this app's Chromium, stat-2014 (8 pages)",
  null,
  importing("jinpen.pdf", pdf("nianbao-print-jinpen-2018.pdf")),
);
const baselines = {
  text: await time(async () => {
    const result = importText(seed);
    if (result.ok) checkImportedReport(result);
  }),
  huaian: await time(pdfjsOnly(pdf("17-huaian-city-2024.pdf"))),
  long: await time(pdfjsOnly(longPdf)),
  chromium: await time(pdfjsOnly(pdf("nianbao-print-jinpen-2018.pdf"))),
};

console.log(
  `import + checks through importFile (warm worker), ${RUNS} runs each after ${WARMUP} warm-up (ms):`,
);
console.log("| input | median | p95 |");
console.log("|---|---:|---:|");
for (const row of rows) console.log(`| ${row.name} | ${row.median.toFixed(1)} | ${row.p95.toFixed(1)} |`);
const byName = (prefix: string) => rows.find((row) => row.name.startsWith(prefix))?.median ?? NaN;
console.log("\nsame-run baselines (median ms) and ratios of the import to them:");
const ratios: [string, number, number][] = [
  ["text in process (importText, no worker)", baselines.text.median, byName("text")],
  ["pdf.js alone, 淮安市 PDF (text + operators)", baselines.huaian.median, byName("PDF: 淮安市")],
  [
    "pdf.js alone, 10-page PDF (text + operators)",
    baselines.long.median,
    byName("PDF: seed 000, 仿宋 layout, 10"),
  ],
  ["pdf.js alone, this app's printed PDF", baselines.chromium.median, byName("PDF: printed")],
];
for (const [name, base, measured] of ratios)
  console.log(`- ${name}: ${base.toFixed(1)} ms; import ${(measured / base).toFixed(2)}×`);

const missed = rows.filter((row) => row.goal !== null && row.median >= row.goal);
for (const row of missed)
  console.error(`✘ ${row.name}: median ${row.median.toFixed(1)} ms (goal < ${row.goal} ms)`);
if (missed.length === 0)
  console.log(
    `✔ goals met: text/HTML < ${TEXT_GOAL_MS} ms, 10-page PDF < ${PDF_10_PAGES_GOAL_MS} ms (medians)`,
  );
process.exitCode = missed.length > 0 ? 1 : 0;
