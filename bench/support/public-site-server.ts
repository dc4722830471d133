/**
 * A production server for the public-site benchmarks: a throwaway SQLite
 * database with the demo data plus the public-site fixtures (published,
 * corrected, late and unpublished reports), `next start` on a loopback port.
 * It builds only before the first start: the report benchmark adds a file to
 * public/ between two starts, which would make the build look stale.
 */
import { seedPublicFixtures } from "../../tests/fixtures/public-e2e-fixtures";
import { prepareBenchDatabase } from "./start-app-server";

export { ensureBuild, root, startProductionServer } from "./start-app-server";

/** A fresh demo database plus the public-site fixtures under data/bench/<label>. */
export async function preparePublicDatabase(label: string): Promise<{ databaseUrl: string; remove(): void }> {
  const database = await prepareBenchDatabase(label);
  await seedPublicFixtures(database.databaseUrl);
  return database;
}
