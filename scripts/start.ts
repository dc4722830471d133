/**
 * `npm start`: build when needed, migrate the database, load the demo data
 * once, print the demo logins and serve the app.
 */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-data";
import { ROLE_LABELS } from "@/lib/authz/roles";
import { env } from "@/lib/env/env";
import { buildIsCurrent } from "./lib/build-is-current";
import { ensureSecret } from "./lib/ensure-secret";
import { prepareDatabase } from "./lib/prepare-database";

const root = join(import.meta.dirname, "..");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");

async function main() {
  ensureSecret();
  const config = env();
  process.env.DATABASE_URL = config.DATABASE_URL;

  if (!buildIsCurrent(root)) {
    console.log("▶ 构建应用（next build）…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  console.log("▶ 迁移数据库…");
  const { seeded } = await prepareDatabase(config.DATABASE_URL, { demo: config.NIANBAO_DEMO_DATA });
  if (seeded) console.log("▶ 已载入演示数据");

  const url = `http://localhost:${config.PORT}`;
  console.log(`\n政府信息公开工作年度报告填报审核系统：${url}`);
  if (config.NIANBAO_DEMO_DATA) {
    console.log(`\n演示账号（仅供演示，密码均为 ${DEMO_PASSWORD}）：`);
    for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(18)} ${ROLE_LABELS[u.role]}  ${u.name}`);
    console.log("");
  }

  const server = spawn(process.execPath, [join(root, "scripts", "serve.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PORT: String(config.PORT), NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
