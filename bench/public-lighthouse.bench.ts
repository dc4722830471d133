/**
 * Lighthouse (performance and accessibility) of the public report page and
 * /reports, in Debian's Chromium, offline against a local production server.
 * Both Lighthouse presets: mobile (the default: simulated slow 4G and a 4×
 * slower CPU) and desktop. Runs each BENCH_LH_RUNS times and takes the median
 * score (Lighthouse's own advice for variance).
 *
 * Goals: performance ≥ 95 and accessibility 100 on both pages. Exits non-zero
 * when a goal is missed. Env: BENCH_LH_RUNS=3, CHROME_PATH (/usr/bin/chromium).
 *
 * Reference, measured in the same run: the report page's own HTML saved as a
 * static file and served by the same server. Mobile scores depend on how
 * fast this machine's Chromium is (the preset multiplies CPU time by 4); the
 * reference shows what the same HTML and CSS score here without the app
 * server, so the page's score can be read against it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../lib/env/chromium";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { PUBLIC_FIXTURES as F } from "../tests/fixtures/public-e2e-data";
import {
  ensureBuild,
  preparePublicDatabase,
  root,
  startProductionServer,
} from "./support/public-site-server";
import { writeStaticCopy } from "./support/static-copy";

const PORT = 3191;
const RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
const REPORT = `/reports/${F.county}/${F.corrected.filingUnit}/${F.corrected.year}`;
const REFERENCE_NAME = "bench-lighthouse-reference.html";
const PAGES = [
  { name: "report page", path: REPORT, goal: true },
  { name: "/reports", path: "/reports", goal: true },
  { name: "reference: the report page's HTML as a static file", path: `/${REFERENCE_NAME}`, goal: false },
];
const PRESETS = ["mobile", "desktop"] as const;
const GOALS = { performance: 95, accessibility: 100 };

interface Scores {
  performance: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * One Lighthouse run, tried a second time when it fails for a reason of its own (a busy machine
 * gives `NO_NAVSTART` or a protocol timeout now and then); a second failure is reported.
 */
async function audit(url: string, preset: (typeof PRESETS)[number], port: number): Promise<Scores> {
  try {
    return await auditOnce(url, preset, port);
  } catch (error) {
    console.log(`Lighthouse run failed (${(error as Error).message}); trying once more`);
    return auditOnce(url, preset, port);
  }
}

async function auditOnce(url: string, preset: (typeof PRESETS)[number], port: number): Promise<Scores> {
  const flags = {
    port,
    output: "json" as const,
    logLevel: "error" as const,
    onlyCategories: ["performance", "accessibility"],
  };
  const result = await lighthouse(url, flags, preset === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
  const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    fcp: numeric("first-contentful-paint"),
    lcp: numeric("largest-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
  };
}

async function main() {
  ensureBuild();
  const database = await preparePublicDatabase("public-lighthouse");
  let html = "";
  {
    const first = await startProductionServer(PORT, database.databaseUrl);
    try {
      html = await (await fetch(`${first.url}${REPORT}`)).text();
    } finally {
      await first.stop();
    }
  }
  const reference = writeStaticCopy(REFERENCE_NAME, html);
  const server = await startProductionServer(PORT, database.databaseUrl);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  const rows: (Scores & { page: string; preset: string; goal: boolean })[] = [];
  try {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        const runs: Scores[] = [];
        for (let i = 0; i < RUNS; i++)
          runs.push(await audit(`${server.url}${page.path}`, preset, chrome.port));
        const pick = (k: keyof Scores) => median(runs.map((r) => r[k]));
        rows.push({
          page: page.name,
          preset,
          goal: page.goal,
          performance: pick("performance"),
          accessibility: pick("accessibility"),
          fcp: pick("fcp"),
          lcp: pick("lcp"),
          tbt: pick("tbt"),
          cls: pick("cls"),
        });
        const r = rows.at(-1)!;
        console.log(
          `  ${page.name} · ${preset}: performance ${r.performance}, accessibility ${r.accessibility} (runs: ${runs.map((x) => x.performance).join("/")})`,
        );
      }
    }
  } finally {
    await chrome.kill();
    await server.stop();
    reference.remove();
    database.remove();
  }
  console.log(
    "\n| page | preset | performance | accessibility | FCP ms | LCP ms | TBT ms | CLS |\n|---|---|---|---|---|---|---|---|",
  );
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.preset} | ${r.performance} | ${r.accessibility} | ${r.fcp.toFixed(0)} | ${r.lcp.toFixed(0)} | ${r.tbt.toFixed(0)} | ${r.cls.toFixed(3)} |`,
    );
  }
  mkdirSync(join(root, "bench", "results"), { recursive: true });
  writeFileSync(
    join(root, "bench", "results", "public-lighthouse.json"),
    JSON.stringify({ runs: RUNS, rows, at: new Date().toISOString() }, null, 2),
  );
  const missed = rows.filter(
    (r) => r.goal && (r.performance < GOALS.performance || r.accessibility < GOALS.accessibility),
  );
  if (missed.length > 0) {
    console.error(
      `✘ goal missed (performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}): ${missed.map((r) => `${r.page} ${r.preset}`).join(", ")}`,
    );
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
