/**
 * Which database a DATABASE_URL names. SQLite is the embedded default; a
 * postgres:// or postgresql:// URL selects PostgreSQL.
 */
export type DatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/nianbao.db";

export function databaseProviderOf(url: string): DatabaseProvider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL 无法识别：应为 file:…（SQLite）或 postgresql://…（PostgreSQL），实际为 "${url.slice(0, 40)}"`,
  );
}

/** Absolute file path of a SQLite URL, resolved from the working directory. */
export function sqliteFilePath(url: string, cwd: string = process.cwd()): string {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (raw.startsWith("/")) return raw;
  return `${cwd.replace(/\/$/, "")}/${raw.replace(/^\.\//, "")}`;
}
