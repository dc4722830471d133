import { describe, expect, it } from "vitest";
import { databaseOutage } from "./database-outage";
import { refusalOf } from "./action-result";

describe("database outage", () => {
  it("is recognised in the shapes Prisma, its driver adapters and pg report it", () => {
    const shapes: unknown[] = [
      { code: "P1001", message: "Can't reach database server" },
      { code: "P1017", message: "Server has closed the connection." },
      { code: "P2024", message: "Timed out fetching a new connection from the connection pool." },
      { name: "DriverAdapterError", message: "x", cause: { kind: "ConnectionClosed" } },
      {
        name: "DriverAdapterError",
        message: "x",
        cause: { kind: "postgres", code: "57P01", originalCode: "57P01" },
      },
      { message: "terminating connection due to administrator command", code: "57P01" },
      { message: "Connection terminated unexpectedly" },
      { code: "08006", message: "connection failure" },
      new Error("wrapped", { cause: { code: "ECONNREFUSED" } }),
    ];
    for (const error of shapes)
      expect(databaseOutage(error)?.code, JSON.stringify(error)).toBe("unavailable");
  });

  it("is not a refusal of the input, a conflict, or a bug", () => {
    for (const error of [
      { code: "P2002", message: "Unique constraint failed" },
      { code: "23505", message: "duplicate key value" },
      new TypeError("Cannot read properties of undefined"),
      null,
      "text",
    ])
      expect(databaseOutage(error)).toBeNull();
  });

  it("becomes the coded result the forms and the editor understand", () => {
    expect(refusalOf({ code: "P1001", message: "down" })).toMatchObject({ ok: false, code: "unavailable" });
    expect(refusalOf({ code: "P2002" })?.code).toBe("conflict");
  });
});
