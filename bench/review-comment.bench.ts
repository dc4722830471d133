/**
 * Time from opening the review page to a posted comment on a cell, in
 * Debian's Chromium against a production build: navigate to the review page
 * of a submitted report, click the cell 一、本年新收…·自然人, type one
 * sentence into the thread panel beside it, press 添加批注, until the panel
 * shows the saved comment (the server action has written it and the page has
 * re-rendered with it). Beside it, in the same run, the baseline: opening the
 * same page until it answers a click (the part no comment UI can save).
 *
 * Env: BENCH_RUNS (default 20)
 */
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/env/chromium";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { currentReportYear } from "@/lib/reporting/report-year";
import { completeReport } from "../tests/db/support/complete-report";
import { submitExplained } from "../tests/db/support/submit-explained";
import { startAppServer } from "./support/start-app-server";
import { ms, summarize } from "./support/stats";

const RUNS = Math.max(10, Number(process.env.BENCH_RUNS ?? 20));
const PORT = Number(process.env.BENCH_PORT ?? 3208);
const CELL = '[data-comment-anchor="T3.r01.c1"]';

/** Opens the page and waits until the cell answers a click (hydrated): the panel opens. */
async function openUntilInteractive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const panel = page.getByTestId("comment-panel");
  for (let i = 0; i < 100; i++) {
    await page.locator(CELL).click();
    // Before hydration the click does nothing: wait for the panel briefly, then click again.
    if (
      await panel.waitFor({ state: "visible", timeout: 200 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error("the cell never opened its thread panel");
}

async function postComment(page: Page, text: string): Promise<void> {
  const panel = page.getByTestId("comment-panel");
  await panel.getByLabel("批注内容").fill(text);
  await panel.getByRole("button", { name: "添加批注" }).click();
  await panel.locator("[data-thread-target='T3.r01.c1']").filter({ hasText: text }).waitFor();
}

const server = await startAppServer(PORT, "review-comment");
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const filingUnit = await server.db.filingUnit.findFirstOrThrow({ where: { code: "tunli" } });
  const clerk = await server.db.user.findUniqueOrThrow({ where: { username: "tunli-clerk" } });
  const year = currentReportYear(new Date());
  const opened = await openReport(server.db, { filingUnitId: filingUnit.id, year, actorId: clerk.id });
  const { report } = await saveReport(server.db, {
    reportId: opened.id,
    actorId: clerk.id,
    version: opened.version,
    data: completeReport(),
    now: new Date(),
  });
  await submitExplained(server.db, { reportId: report.id, actorId: clerk.id, version: report.version });
  const url = `${server.url}/review/jixian/tunli/${year}`;

  const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 } })).newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel("用户名").fill("jixian-reviewer");
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL(/\/review\//);
  for (let i = 0; i < 3; i++) await openUntilInteractive(page, url); // warm-up: server and browser caches

  const flow: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let started = performance.now();
    await openUntilInteractive(page, url);
    open.push(performance.now() - started);

    started = performance.now();
    await openUntilInteractive(page, url);
    await postComment(page, `请核实本年新收申请数（第 ${i + 1} 次）。`);
    flow.push(performance.now() - started);
  }
  const f = summarize(flow);
  const o = summarize(open);
  console.log(`\nOpening the review page → a posted comment on a cell (${RUNS} runs each, same run):\n`);
  console.log("| measure | median | p95 | mean |\n|---|---|---|---|");
  console.log(
    `| open page, click cell, type, 添加批注, comment shown | ${ms(f.median)} | ${ms(f.p95)} | ${ms(f.mean)} |`,
  );
  console.log(
    `| baseline: open page until the cell answers a click | ${ms(o.median)} | ${ms(o.p95)} | ${ms(o.mean)} |`,
  );
  console.log(`\nratio flow/baseline: median ${(f.median / o.median).toFixed(2)}×`);
  console.log(`comment part alone (median difference): ${ms(f.median - o.median)}`);
} finally {
  await browser.close();
  await server.stop();
}
