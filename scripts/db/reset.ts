/** `npm run db:reset`: wipe every row and load the demo data again. */
import { createDb } from "@/lib/db/client";
import { clearDatabase, seedDemo } from "@/lib/demo/seed-demo";
import { env } from "@/lib/env/env";
import { ensureSecret } from "../lib/ensure-secret";
import { migrateDatabase } from "../lib/prepare-database";

ensureSecret();
const url = env().DATABASE_URL;
migrateDatabase(url);
const { db } = createDb(url);
await clearDatabase(db);
await seedDemo(db);
await db.$disconnect();
console.log("已清空数据库并重新载入演示数据");
