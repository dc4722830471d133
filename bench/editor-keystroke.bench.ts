/**
 * Keystroke to updated screen in the report editor, in Debian's Chromium:
 * time from an input event in a T3 cell until the row total, the 总计 row and
 * the findings list show the new values, over many keystrokes, beside a
 * baseline page that does the same sums with plain DOM code, in the same run.
 *
 * React commits discrete input events synchronously, so "updated" is checked
 * right after the event is dispatched; painting adds the same frame wait to both.
 *
 * Env: BENCH_KEYSTROKES (default 300)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/env/chromium";
import { openReport } from "@/lib/reports/open-report";
import { saveReport } from "@/lib/reports/save-report";
import { currentReportYear } from "@/lib/reporting/report-year";
import { completeReport } from "../tests/db/support/complete-report";
import { startAppServer } from "./support/start-app-server";
import { ms, summarize } from "./support/stats";

const KEYSTROKES = Math.max(200, Number(process.env.BENCH_KEYSTROKES ?? 300));
const PORT = 3311;

/** Runs in the page: types `count` values into a cell and times each until totals and findings show it. */
async function measureKeystrokes(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const cell = document.getElementById("T3.r01.c1") as HTMLInputElement;
    const rowTotal = document.getElementById("T3.r01.c7") as HTMLInputElement;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const times: number[] = [];
    for (let i = 1; i <= n; i++) {
      const text = String(1000 + i);
      const started = performance.now();
      setValue.call(cell, text);
      cell.dispatchEvent(new Event("input", { bubbles: true }));
      const finding = document.querySelector('[data-finding="T3-01"]');
      if (rowTotal.value !== text || !finding?.textContent?.includes(`（${text}）`)) {
        throw new Error(`screen not updated after keystroke ${i}: total=${rowTotal.value}`);
      }
      times.push(performance.now() - started);
      // Let the browser paint and run timers between keystrokes, as between real key presses.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return times;
  }, count);
}

/**
 * The inputs are in the server-rendered HTML before React has hydrated them: a keystroke before
 * then changes nothing. Waits until one does (the row total follows the cell), instead of racing it.
 */
async function waitUntilInteractive(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const cell = document.getElementById("T3.r01.c1") as HTMLInputElement | null;
      const rowTotal = document.getElementById("T3.r01.c7") as HTMLInputElement | null;
      if (!cell || !rowTotal) return false;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      setValue.call(cell, "7");
      cell.dispatchEvent(new Event("input", { bubbles: true }));
      return rowTotal.value === "7";
    },
    undefined,
    { polling: 100, timeout: 60_000 },
  );
}

const server = await startAppServer(PORT, "editor");
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  // 屯里镇's report for the current year, all zeros: every keystroke unbalances the column (T3-01).
  const filingUnit = await server.db.filingUnit.findFirstOrThrow({ where: { code: "tunli" } });
  const clerk = await server.db.user.findUniqueOrThrow({ where: { username: "tunli-clerk" } });
  const year = currentReportYear(new Date());
  const opened = await openReport(server.db, { filingUnitId: filingUnit.id, year, actorId: clerk.id });
  await saveReport(server.db, {
    reportId: opened.id,
    actorId: clerk.id,
    version: opened.version,
    data: completeReport(),
    now: new Date(),
  });

  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel("用户名").fill("tunli-clerk");
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL(/\/fill\//);
  await page.goto(`${server.url}/fill/jixian/tunli/${year}/s3`);
  await page.getByLabel("一、本年新收政府信息公开申请数量 自然人").waitFor();
  await waitUntilInteractive(page);
  await measureKeystrokes(page, 20); // warm-up: JIT, first renders
  const app = summarize(await measureKeystrokes(page, KEYSTROKES));

  const baselinePage = await browser.newPage();
  await baselinePage.setContent(
    readFileSync(join(import.meta.dirname, "support", "baseline-editor.html"), "utf8"),
  );
  await waitUntilInteractive(baselinePage);
  await measureKeystrokes(baselinePage, 20);
  const baseline = summarize(await measureKeystrokes(baselinePage, KEYSTROKES));

  console.log(`\nKeystroke → updated totals and findings (${KEYSTROKES} keystrokes each, same run):\n`);
  console.log("| page | median | p95 | mean |\n|---|---|---|---|");
  console.log(
    `| report editor (React, checks engine) | ${ms(app.median)} | ${ms(app.p95)} | ${ms(app.mean)} |`,
  );
  console.log(
    `| baseline (plain DOM sums) | ${ms(baseline.median)} | ${ms(baseline.p95)} | ${ms(baseline.mean)} |`,
  );
  // Chromium rounds performance.now() to 0.1 ms: single baseline samples sit at that grain, the mean does not.
  console.log(
    `\nratio editor/baseline: median ${(app.median / baseline.median).toFixed(1)}×, p95 ${(app.p95 / baseline.p95).toFixed(1)}×, mean ${(app.mean / baseline.mean).toFixed(1)}×`,
  );
  const goalMet = app.p95 < 16;
  console.log(`goal p95 < 16 ms: ${goalMet ? "met" : "MISSED"}`);
} finally {
  await browser.close();
  await server.stop();
}
