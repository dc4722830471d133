import { describe, expect, it } from "vitest";
import { databaseProviderOf, sqliteFilePath } from "./database-provider";
import { envSchema } from "./env";

describe("environment", () => {
  it("picks the provider from DATABASE_URL", () => {
    expect(databaseProviderOf("file:./data/nianbao.db")).toBe("sqlite");
    expect(databaseProviderOf("postgresql://u@127.0.0.1/db")).toBe("postgresql");
    expect(databaseProviderOf("postgres://u@127.0.0.1/db")).toBe("postgresql");
    expect(() => databaseProviderOf("mysql://x")).toThrow(/DATABASE_URL/);
  });

  it("resolves relative SQLite paths from the working directory", () => {
    expect(sqliteFilePath("file:./data/a.db", "/srv/app")).toBe("/srv/app/data/a.db");
    expect(sqliteFilePath("file:/var/lib/a.db", "/srv/app")).toBe("/var/lib/a.db");
  });

  it("applies defaults and rejects wrong values with the variable named", () => {
    const ok = envSchema.parse({});
    expect(ok.DATABASE_URL).toBe("file:./data/nianbao.db");
    expect(ok.PORT).toBe(3000);
    expect(ok.NIANBAO_DEMO_DATA).toBe(true);
    expect(envSchema.parse({ NIANBAO_DEMO_DATA: "0" }).NIANBAO_DEMO_DATA).toBe(false);
    const bad = envSchema.safeParse({ PORT: "abc", DATABASE_URL: "mysql://x", BETTER_AUTH_SECRET: "short" });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["PORT", "DATABASE_URL", "BETTER_AUTH_SECRET"]));
  });
});
