import "server-only";
import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@/lib/env/chromium";
import { env } from "@/lib/env/env";

/**
 * PDFs printed by Debian's Chromium from the app's own page, so the PDF is
 * exactly the print view of the web page (one renderer). One browser is kept
 * warm and shut after a minute idle; renders run one at a time so a burst of
 * downloads cannot starve a 2-core server.
 */
const CHROMIUM = CHROMIUM_PATH;
const ARGS = CHROMIUM_ARGS;
const IDLE_MS = 60_000;
const PAGE_TIMEOUT_MS = 20_000;

/** Where the PDF renderer reads a page: this server, on loopback, never a host a client named. */
export function internalUrl(path: string): string {
  return `http://127.0.0.1:${env().PORT}${path}`;
}

export function pdfRendererAvailable(): boolean {
  // The browser lives outside the project: nothing to trace into the build.
  return process.env.NIANBAO_PDF !== "0" && existsSync(/*turbopackIgnore: true*/ CHROMIUM);
}

interface BrowserState {
  browser?: Promise<Browser>;
  idle?: ReturnType<typeof setTimeout>;
  queue: Promise<unknown>;
}

const globalState = globalThis as unknown as { __nianbaoPdf?: BrowserState };
function state(): BrowserState {
  globalState.__nianbaoPdf ??= { queue: Promise.resolve() };
  return globalState.__nianbaoPdf;
}

async function browser(): Promise<Browser> {
  const s = state();
  if (s.idle) clearTimeout(s.idle);
  if (!s.browser) {
    const { chromium } = await import("playwright-core");
    s.browser = chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    s.browser.then(
      (b) => b.on("disconnected", () => (s.browser = undefined)),
      () => (s.browser = undefined),
    );
  }
  return s.browser;
}

function closeWhenIdle(): void {
  const s = state();
  if (s.idle) clearTimeout(s.idle);
  s.idle = setTimeout(() => {
    const pending = s.browser;
    s.browser = undefined;
    void pending?.then((b) => b.close()).catch(() => undefined);
  }, IDLE_MS);
  s.idle.unref?.();
}

async function renderOnce(url: string, cookie?: string): Promise<Uint8Array> {
  const context = await (
    await browser()
  ).newContext({
    javaScriptEnabled: false,
    locale: "zh-CN",
    // A work page (a draft's preview) is printed as the user who asked for it.
    extraHTTPHeaders: cookie ? { cookie } : undefined,
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "load", timeout: PAGE_TIMEOUT_MS });
    if (!response || response.status() !== 200)
      throw new Error(`打印页面返回 ${response?.status() ?? "无响应"}`);
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:10pt;font-family:serif">— <span class="pageNumber"></span> —</div>',
      margin: { top: "20mm", bottom: "20mm", left: "18mm", right: "18mm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close().catch(() => undefined);
    closeWhenIdle();
  }
}

/**
 * Prints `url` (a page of this server, on loopback) to an A4 PDF; `cookie`
 * (the requesting user's) is sent with every request of the page.
 */
export function renderPagePdf(url: string, cookie?: string): Promise<Uint8Array> {
  const s = state();
  const next = s.queue.then(
    () => renderOnce(url, cookie),
    () => renderOnce(url, cookie),
  );
  s.queue = next.catch(() => undefined);
  return next;
}
