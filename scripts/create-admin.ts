/**
 * `npm run admin:create -- <username> [姓名]`: creates an admin of every county
 * with a one-time password (the way into a production install without demo data).
 */
import { createUser } from "@/lib/accounts/create-user";
import { generateOneTimePassword } from "@/lib/accounts/one-time-password";
import { createDb } from "@/lib/db/client";
import { env } from "@/lib/env/env";
import { ensureSecret } from "./lib/ensure-secret";
import { migrateDatabase } from "./lib/prepare-database";

const [username, name = "管理员"] = process.argv.slice(2);
if (!username || !/^[a-z0-9][a-z0-9._-]*$/i.test(username)) {
  console.error("用法：npm run admin:create -- <用户名> [姓名]");
  process.exit(2);
}
ensureSecret();
const url = env().DATABASE_URL;
migrateDatabase(url);
const { db } = createDb(url);
try {
  const password = generateOneTimePassword();
  await createUser(db, { username, name, role: "admin", password, mustChangePassword: true });
  console.log(`已创建管理员 ${username}，一次性密码：${password}（首次登录须修改）`);
} catch (error) {
  const duplicate = error && typeof error === "object" && "code" in error && error.code === "P2002";
  console.error(duplicate ? `用户名 ${username} 已存在` : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
