/**
 * Multi-row INSERTs through the client's raw API, for bulk-loading benchmark
 * data. Prisma's createMany costs about 2 ms per row with large JSON columns
 * (the query compiler handles every value); raw statements take a fraction of
 * that. Values are written the way Prisma itself stores them on each provider.
 */
import type { Db } from "@/lib/db/client";
import type { BenchProvider } from "./bench-database";

export type ColumnKind = "text" | "int" | "json" | "timestamp";
export type RawValue = string | number | Date | object | null;

const ROWS_PER_STATEMENT = 100;

function encode(provider: BenchProvider, kind: ColumnKind, value: RawValue): string | number | null {
  if (value === null) return null;
  if (kind === "json") return JSON.stringify(value);
  if (kind === "timestamp") {
    const iso = (value as Date).toISOString();
    // SQLite keeps DateTime as ISO text with an explicit offset; PostgreSQL as timestamp(3) in UTC.
    return provider === "sqlite" ? iso.replace("Z", "+00:00") : iso;
  }
  return value as string | number;
}

function placeholder(provider: BenchProvider, kind: ColumnKind, n: number): string {
  if (provider === "sqlite") return "?";
  if (kind === "json") return `$${n}::jsonb`;
  if (kind === "timestamp") return `$${n}::timestamp(3)`;
  return `$${n}`;
}

export async function insertRows(
  db: Db,
  provider: BenchProvider,
  table: string,
  columns: [name: string, kind: ColumnKind][],
  rows: RawValue[][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const params: (string | number | null)[] = [];
    const tuples = batch.map((row) => {
      const slots = columns.map(([, kind], i) => {
        params.push(encode(provider, kind, row[i] ?? null));
        return placeholder(provider, kind, params.length);
      });
      return `(${slots.join(", ")})`;
    });
    const names = columns.map(([name]) => `"${name}"`).join(", ");
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(", ")}`, ...params);
  }
}
