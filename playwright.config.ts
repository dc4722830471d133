/**
 * Browser tests against a production build (`next start`) on port 3100 (or E2E_PORT, so that
 * several checkouts can run their browser tests side by side) with a
 * throwaway SQLite database (scripts/test/e2e-server.ts). The browser is the
 * system Chromium: Playwright's own browser download is not available offline.
 */
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/env/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
const ci = Boolean(process.env.CI);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  // One server and one database: tests are written not to depend on each
  // other's rows (distinct demo users, or users they create themselves).
  fullyParallel: true,
  workers: 2,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  // Two workers, the server and PostgreSQL share two cores: a full editor page with axe can take
  // most of 30 s when the machine is busy, and a wait that long is still a failure worth seeing.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: "node_modules/.bin/tsx scripts/test/e2e-server.ts",
    url: `${baseURL}/login`,
    reuseExistingServer: !ci,
    // Builds first when .next holds no build; a build takes a few minutes on 2 cores.
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
  },
});
