-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "publishedAtSource" TEXT,
ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "publishedAt" DROP NOT NULL;


-- Keep every row. recordedAt: the import event time, else the publication time.
UPDATE "Publication" SET "recordedAt" = COALESCE(
  (SELECT MIN(e."createdAt") FROM "ReportEvent" e WHERE e."reportId" = "Publication"."reportId" AND e."action" = 'import'),
  "publishedAt", "recordedAt")
WHERE "source" = 'import';
UPDATE "Publication" SET "recordedAt" = "publishedAt" WHERE "source" <> 'import' AND "publishedAt" IS NOT NULL;

-- Imports whose source gave no date were stored with the moment of import, while a date read from the
-- source was stored as midnight Beijing time (16:00 UTC). The others become unknown (日期不详).
UPDATE "Publication" SET "publishedAt" = NULL
WHERE "source" = 'import' AND "publishedAt" IS NOT NULL AND "publishedAt"::time <> TIME '16:00:00';
UPDATE "Report" SET "publishedAt" = NULL
WHERE "id" IN (SELECT "reportId" FROM "Publication" WHERE "source" = 'import' AND "revision" = 1 AND "publishedAt" IS NULL);
