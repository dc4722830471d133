/** `npm run db:migrate`: apply committed migrations (deployments; no demo data). */
import { env } from "@/lib/env/env";
import { ensureSecret } from "../lib/ensure-secret";
import { migrateDatabase } from "../lib/prepare-database";

ensureSecret();
migrateDatabase(env().DATABASE_URL);
console.log("数据库已迁移到最新版本");
