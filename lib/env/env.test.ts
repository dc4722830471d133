import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseProviderOf, sqliteFilePath } from "./database-provider";
import { envSchema, secretMustBeSet } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

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

  it("accepts reverse proxies as addresses or ranges and names a wrong entry", () => {
    expect(envSchema.parse({ TRUSTED_PROXY: "10.0.0.5, 172.16.0.0/12" }).TRUSTED_PROXY).toBe(
      "10.0.0.5, 172.16.0.0/12",
    );
    const bad = envSchema.safeParse({ TRUSTED_PROXY: "10.0.0.5, proxy.local" });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["TRUSTED_PROXY"]);
  });

  it("requires BETTER_AUTH_SECRET from the environment on PostgreSQL, where several servers may run", async () => {
    expect(secretMustBeSet("postgresql://u@127.0.0.1/db")).toBe(true);
    expect(secretMustBeSet("file:./data/nianbao.db")).toBe(false);
    vi.stubEnv("DATABASE_URL", "postgresql://u@127.0.0.1/db");
    vi.stubEnv("BETTER_AUTH_SECRET", undefined);
    const { env } = await import("./env");
    expect(() => env()).toThrow(/BETTER_AUTH_SECRET.*PostgreSQL/);
  });
});
