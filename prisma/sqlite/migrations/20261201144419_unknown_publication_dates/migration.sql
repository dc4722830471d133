-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "formatId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "findings" JSONB NOT NULL,
    "publishedAt" DATETIME DEFAULT CURRENT_TIMESTAMP,
    "publishedAtSource" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "correctionNote" TEXT,
    "source" TEXT NOT NULL DEFAULT 'workflow',
    "sourceNote" TEXT,
    CONSTRAINT "Publication_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Publication" ("correctionNote", "data", "findings", "formatId", "id", "publishedAt", "publishedById", "reportId", "revision", "source", "sourceNote") SELECT "correctionNote", "data", "findings", "formatId", "id", "publishedAt", "publishedById", "reportId", "revision", "source", "sourceNote" FROM "Publication";
DROP TABLE "Publication";
ALTER TABLE "new_Publication" RENAME TO "Publication";
CREATE INDEX "Publication_publishedAt_idx" ON "Publication"("publishedAt");
CREATE UNIQUE INDEX "Publication_reportId_revision_key" ON "Publication"("reportId", "revision");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Keep every row. recordedAt: the import event time, else the publication time.
UPDATE "Publication" SET "recordedAt" = COALESCE(
  (SELECT MIN(e."createdAt") FROM "ReportEvent" e WHERE e."reportId" = "Publication"."reportId" AND e."action" = 'import'),
  "publishedAt", "recordedAt")
WHERE "source" = 'import';
UPDATE "Publication" SET "recordedAt" = "publishedAt" WHERE "source" <> 'import' AND "publishedAt" IS NOT NULL;

-- Imports whose source gave no date were stored with the moment of import, while a date read from the
-- source was stored as midnight Beijing time (16:00 UTC). The others become unknown (日期不详).
UPDATE "Publication" SET "publishedAt" = NULL
WHERE "source" = 'import' AND "publishedAt" IS NOT NULL AND strftime('%H:%M:%f', "publishedAt") <> '16:00:00.000';
UPDATE "Report" SET "publishedAt" = NULL
WHERE "id" IN (SELECT "reportId" FROM "Publication" WHERE "source" = 'import' AND "revision" = 1 AND "publishedAt" IS NULL);
