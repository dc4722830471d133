import { AppError } from "./app-error";

/**
 * Faults that mean "the database could not be reached or dropped the
 * connection" (a restart, a failover, a network cut), not "your input was
 * refused". The write did not happen, or its transaction was rolled back, so
 * the caller can send the same request again; the editor does so by itself.
 */
const OUTAGE_CODES = new Set([
  // Prisma: can't reach the server, timed out, server closed the connection, pool timed out.
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now (SQLSTATE 57P01–57P03).
  "57P01",
  "57P02",
  "57P03",
  // Sockets.
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
]);
/** Driver adapter error kinds of the same meaning. */
const OUTAGE_KINDS = new Set([
  "ConnectionClosed",
  "DatabaseNotReachable",
  "SocketTimeout",
  "TooManyConnections",
]);
const OUTAGE_MESSAGE =
  /connection terminated|connection (was )?closed|terminating connection|server closed the connection/i;

function isOutage(error: unknown, depth: number): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as {
    code?: unknown;
    originalCode?: unknown;
    kind?: unknown;
    message?: unknown;
    cause?: unknown;
  };
  for (const code of [e.code, e.originalCode]) {
    // SQLSTATE class 08: connection exception.
    if (typeof code === "string" && (OUTAGE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  }
  if (typeof e.kind === "string" && OUTAGE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && OUTAGE_MESSAGE.test(e.message)) return true;
  return isOutage(e.cause, depth + 1);
}

export function databaseOutage(error: unknown): AppError | null {
  return isOutage(error, 0)
    ? new AppError(
        "unavailable",
        "数据库暂时无法连接，本次操作未完成；修改仍保留在本页，请稍后重试（自动保存会自动重试）",
      )
    : null;
}
