#!/usr/bin/env node
/**
 * `npm test`: every test suite of the project, in order, on a machine set up by
 * .ci/run (or a developer's machine with the same packages):
 *
 *   1. unit tests                 vitest --project unit
 *   2. database tests on SQLite   vitest --project db (NIANBAO_TEST_PROVIDER=sqlite)
 *   3. database tests on Postgres vitest --project db (NIANBAO_TEST_PROVIDER=postgresql)
 *   4. production build           next build, unless .next is current
 *   5. browser tests              playwright test (system Chromium)
 *
 * Every stage runs even when an earlier one failed (the browser tests need a
 * build, so they are the one exception). Results are counted from each runner's
 * JSON report; a stage that could not run, or that failed without a failing
 * test (a file that did not load, a server that did not start), counts as one
 * failure. The very last line is `N passed, N failed` (`, N skipped` when some
 * were skipped), and the exit code is non-zero when anything failed.
 *
 * Environment: PG_TEST_ADMIN_URL (PostgreSQL admin URL, loopback only),
 * SKIP_PG=1 (run without PostgreSQL, loudly), CHROMIUM_PATH,
 * NIANBAO_FORCE_BUILD=1 (always run next build).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const reportDir = join(root, "test-results");
const bin = {
  vitest: join(root, "node_modules", "vitest", "vitest.mjs"),
  tsx: join(root, "node_modules", "tsx", "dist", "cli.mjs"),
  playwright: join(root, "node_modules", "@playwright", "test", "cli.js"),
};
const DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const TEST_ROLE = "nianbao_test";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** @type {{ name: string, passed: number, failed: number, skipped: number, seconds: number, note?: string, skippedStage?: boolean }[]} */
const stages = [];

// ─── output helpers ──────────────────────────────────────────────────────────

function heading(index, title) {
  const line = `━━ [${index}/5] ${title} `;
  console.log(`\n${line}${"━".repeat(Math.max(4, 78 - line.length))}`);
}

function note(message) {
  console.log(`▶ ${message}`);
}

function banner(lines) {
  const width = Math.max(...lines.map((l) => l.length)) + 4;
  console.log(`\n${"!".repeat(width)}`);
  for (const l of lines) console.log(`! ${l.padEnd(width - 4)} !`);
  console.log(`${"!".repeat(width)}\n`);
}

/** Runs a command with inherited output; resolves to its exit code and duration. */
function run(args, env = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    child.on("error", (error) => {
      console.error(error);
      resolve({ code: 1, seconds: (Date.now() - started) / 1000 });
    });
    child.on("exit", (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

// ─── vitest ──────────────────────────────────────────────────────────────────

/** Counts a vitest JSON report; files that failed without a failing test (load errors) count once. */
function countVitest(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, skipped: 0, note: "no JSON report: vitest did not run" };
  let failed = report.numFailedTests ?? 0;
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed"),
  );
  failed += brokenFiles.length;
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  if (brokenFiles.length) {
    counts.note = `${brokenFiles.length} test file(s) failed to run: ${brokenFiles
      .map((f) => relative(root, f.name))
      .join(", ")}`;
  }
  if (exitCode !== 0 && counts.failed === 0) {
    counts.failed = 1;
    counts.note =
      report.numTotalTests === 0
        ? "vitest found no tests"
        : `vitest exited with code ${exitCode} without a failing test (an unhandled error or a setup failure; see above)`;
  }
  return counts;
}

async function vitestStage(name, project, env = {}) {
  mkdirSync(reportDir, { recursive: true });
  const file = join(reportDir, `vitest-${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.json`);
  rmSync(file, { force: true });
  const { code, seconds } = await run(
    [
      bin.vitest,
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ],
    env,
  );
  stages.push({ name, seconds, ...countVitest(readJson(file), code) });
}

// ─── PostgreSQL ──────────────────────────────────────────────────────────────

async function tryConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { ok: true };
  } catch (error) {
    return { ok: false, code: error?.code, message: error?.message ?? String(error) };
  } finally {
    await Promise.race([client.end().catch(() => {}), new Promise((r) => setTimeout(r, 1000))]);
  }
}

const isAuthError = (r) =>
  r.code === "28P01" || r.code === "28000" || /password|SASL|SCRAM|authentication/i.test(r.message ?? "");
const isDown = (r) => !r.ok && !isAuthError(r);

function quiet(command, args) {
  const r = spawnSync(command, args, { cwd: "/", encoding: "utf8", timeout: 60_000 });
  return {
    ok: r.status === 0,
    output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? r.error.message : ""}`.trim(),
  };
}

function startPostgres() {
  if (!existsSync("/usr/bin/pg_ctlcluster")) {
    note("pg_ctlcluster not found: PostgreSQL is not installed");
    return;
  }
  const etc = "/etc/postgresql";
  const versions = existsSync(etc) ? readdirSync(etc).sort() : [];
  for (const version of versions) {
    for (const cluster of readdirSync(join(etc, version)).sort()) {
      note(`starting PostgreSQL cluster ${version}/${cluster} (pg_ctlcluster)…`);
      const r = quiet("pg_ctlcluster", ["--skip-systemctl-redirect", version, cluster, "start"]);
      if (!r.ok && r.output) console.log(`  ${r.output.split("\n").join("\n  ")}`);
    }
  }
}

async function waitReachable(url, seconds) {
  let r = await tryConnect(url);
  for (let i = 0; i < seconds && isDown(r); i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    r = await tryConnect(url);
  }
  return r;
}

/**
 * Debian's default cluster asks for a password over TCP, which the postgres
 * user has none of: give the tests a role of their own, created over the
 * local socket as the postgres user. Returns the URL to use, or undefined.
 */
function provisionTestRole(url) {
  const port = new URL(url).port || "5432";
  const psql = (sql) => quiet("su", ["postgres", "-c", `psql -p ${port} -v ON_ERROR_STOP=1 -tAc "${sql}"`]);
  const exists = psql(`SELECT 1 FROM pg_roles WHERE rolname = '${TEST_ROLE}'`);
  if (!exists.ok) {
    note(`could not run psql as the postgres user: ${exists.output}`);
    return undefined;
  }
  if (!exists.output.split("\n").includes("1")) {
    note(`creating the PostgreSQL role ${TEST_ROLE} (LOGIN CREATEDB) for the tests…`);
    const created = psql(`CREATE ROLE ${TEST_ROLE} LOGIN CREATEDB PASSWORD '${TEST_ROLE}'`);
    if (!created.ok) {
      note(`CREATE ROLE failed: ${created.output}`);
      return undefined;
    }
  }
  const fallback = new URL(url);
  fallback.username = TEST_ROLE;
  fallback.password = TEST_ROLE;
  fallback.pathname = "/postgres";
  return fallback.toString();
}

/** A reachable admin URL for the database suite, or the reason there is none. */
async function resolvePostgres() {
  let url = process.env.PG_TEST_ADMIN_URL || DEFAULT_PG_URL;
  const safe = (u) => u.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  note(`checking PostgreSQL at ${safe(url)}…`);
  let r = await tryConnect(url);
  if (isDown(r) && isRoot) {
    note(`not reachable (${r.message}); trying to start it`);
    startPostgres();
    r = await waitReachable(url, 15);
  }
  if (!r.ok && isAuthError(r) && isRoot) {
    note(`${safe(url)} was refused (${r.message}); falling back to a test role`);
    const fallback = provisionTestRole(url);
    if (fallback) {
      url = fallback;
      r = await tryConnect(url);
    }
  }
  if (r.ok) {
    note(`PostgreSQL reachable at ${safe(url)}`);
    return { url };
  }
  const installed = existsSync("/usr/bin/pg_ctlcluster");
  const reason = !installed
    ? "PostgreSQL is not installed (apt-get install -y postgresql)"
    : isAuthError(r)
      ? `PostgreSQL refused the login at ${safe(url)}: ${r.message}. Set PG_TEST_ADMIN_URL to a role with CREATEDB, or run as root so the runner can create one`
      : `PostgreSQL is not reachable at ${safe(url)}: ${r.message}. Start it (pg_ctlcluster 15 main start, as root)`;
  return { reason };
}

async function postgresStage() {
  const name = "db tests · PostgreSQL";
  if (process.env.SKIP_PG === "1") {
    stages.push({
      name,
      passed: 0,
      failed: 0,
      skipped: 0,
      seconds: 0,
      skippedStage: true,
      note: "SKIPPED (SKIP_PG=1)",
    });
    banner(["PostgreSQL database tests SKIPPED (SKIP_PG=1).", "Only SQLite was tested."]);
    return;
  }
  const started = Date.now();
  const pgTarget = await resolvePostgres();
  if (!pgTarget.url) {
    console.error(`✘ ${pgTarget.reason}`);
    console.error("  (SKIP_PG=1 skips the PostgreSQL stage.)");
    stages.push({
      name,
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds: (Date.now() - started) / 1000,
      note: pgTarget.reason,
    });
    return;
  }
  await vitestStage(name, "db", { NIANBAO_TEST_PROVIDER: "postgresql", PG_TEST_ADMIN_URL: pgTarget.url });
}

// ─── build and browser tests ─────────────────────────────────────────────────

async function buildStage() {
  const marker = join(root, ".next", "BUILD_ID");
  const before = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const { code, seconds } = await run([bin.tsx, join(root, "scripts", "test", "build-if-stale.ts")]);
  const ok = code === 0;
  const rebuilt = existsSync(marker) && statSync(marker).mtimeMs !== before;
  stages.push({
    name: "next build",
    step: true,
    passed: 0,
    failed: ok ? 0 : 1,
    skipped: 0,
    seconds,
    note: ok
      ? rebuilt
        ? "built"
        : "build already current, not rebuilt"
      : `next build failed (exit ${code})`,
  });
  return ok;
}

function countPlaywright(report, exitCode) {
  if (!report?.stats)
    return { passed: 0, failed: 1, skipped: 0, note: "no JSON report: playwright did not run" };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const counts = { passed: expected + flaky, failed: unexpected, skipped };
  if (flaky) counts.note = `${flaky} flaky (passed on retry)`;
  if (exitCode !== 0 && unexpected === 0) {
    counts.failed = 1;
    const first = report.errors?.[0]?.message?.split("\n")[0];
    counts.note = `playwright exited with code ${exitCode} without a failing test${first ? `: ${first}` : ""}`;
  }
  return counts;
}

async function e2eStage(buildOk) {
  const name = "browser tests (playwright)";
  if (!buildOk) {
    stages.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, note: "not run: the build failed" });
    console.error("✘ Browser tests not run: they need the production build.");
    return;
  }
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(chromium)) {
    const reason = `Chromium not found at ${chromium}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`;
    console.error(`✘ ${reason}`);
    stages.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, note: reason });
    return;
  }
  // The PDF tests read the printed file back (text and page images).
  const missingTools = ["pdftotext", "pdftoppm"].filter((tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0);
  if (missingTools.length > 0) {
    const reason = `${missingTools.join(", ")} not found: apt-get install -y poppler-utils`;
    console.error(`✘ ${reason}`);
    stages.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, note: reason });
    return;
  }
  mkdirSync(reportDir, { recursive: true });
  const file = join(reportDir, "playwright.json");
  rmSync(file, { force: true });
  const { code, seconds } = await run([bin.playwright, "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  stages.push({ name, seconds, ...countPlaywright(readJson(file), code) });
}

// ─── main ────────────────────────────────────────────────────────────────────

function summary() {
  console.log(`\n━━ Summary ${"━".repeat(67)}`);
  for (const s of stages) {
    const counts =
      s.skippedStage || (s.step && !s.failed)
        ? "—"
        : `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""}`;
    const mark = s.skippedStage ? "!" : s.failed ? "✘" : "✓";
    console.log(
      `${mark} ${s.name.padEnd(28)} ${counts.padEnd(32)} ${`${s.seconds.toFixed(1)}s`.padStart(7)}${s.note ? `  ${s.note}` : ""}`,
    );
  }
  const total = stages.reduce(
    (t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  console.log(
    `  total time ${((Date.now() - startedAt) / 1000).toFixed(1)}s; reports in ${relative(root, reportDir)}/`,
  );
  if (stages.some((s) => s.skippedStage)) {
    banner(["PostgreSQL was SKIPPED (SKIP_PG=1): the database suite ran on SQLite only."]);
  }
  console.log(
    `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`,
  );
  return total;
}

const startedAt = Date.now();
// `npm test -- --only=unit,sqlite,pg,build,e2e` runs a subset (for a quick local check).
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : undefined;
const wanted = (key) => !only || only.has(key);

if (wanted("unit")) {
  heading(1, "Unit tests (vitest --project unit)");
  await vitestStage("unit tests", "unit");
}
if (wanted("sqlite")) {
  heading(2, "Database tests on SQLite (vitest --project db)");
  await vitestStage("db tests · SQLite", "db", { NIANBAO_TEST_PROVIDER: "sqlite" });
}
if (wanted("pg")) {
  heading(3, "Database tests on PostgreSQL (vitest --project db)");
  await postgresStage();
}
let buildOk = true;
if (wanted("build")) {
  heading(4, "Production build (next build)");
  buildOk = await buildStage();
}
if (wanted("e2e")) {
  heading(5, "Browser tests (playwright test)");
  await e2eStage(buildOk);
}

const total = summary();
process.exitCode = total.failed > 0 ? 1 : 0;
