-- Township becomes FilingUnit: renamed in place, so every row, id and
-- reference is kept (existing units are townships).
ALTER TABLE "Township" RENAME TO "FilingUnit";
ALTER TABLE "FilingUnit" RENAME CONSTRAINT "Township_pkey" TO "FilingUnit_pkey";
ALTER TABLE "FilingUnit" RENAME CONSTRAINT "Township_countyId_fkey" TO "FilingUnit_countyId_fkey";
ALTER INDEX "Township_countyId_code_key" RENAME TO "FilingUnit_countyId_code_key";
ALTER TABLE "FilingUnit" ADD COLUMN "kind" TEXT NOT NULL DEFAULT 'township',
ADD COLUMN "retiredAt" TIMESTAMP(3);

-- References: townshipId → filingUnitId
ALTER TABLE "User" RENAME COLUMN "townshipId" TO "filingUnitId";
ALTER TABLE "User" RENAME CONSTRAINT "User_townshipId_fkey" TO "User_filingUnitId_fkey";
ALTER TABLE "Report" RENAME COLUMN "townshipId" TO "filingUnitId";
ALTER TABLE "Report" RENAME CONSTRAINT "Report_townshipId_fkey" TO "Report_filingUnitId_fkey";
ALTER INDEX "Report_townshipId_year_key" RENAME TO "Report_filingUnitId_year_key";
ALTER TABLE "Reminder" RENAME COLUMN "townshipId" TO "filingUnitId";
ALTER TABLE "Reminder" RENAME CONSTRAINT "Reminder_townshipId_fkey" TO "Reminder_filingUnitId_fkey";
ALTER INDEX "Reminder_townshipId_year_createdAt_idx" RENAME TO "Reminder_filingUnitId_year_createdAt_idx";

-- Each publication keeps the organ name it was published under.
ALTER TABLE "Publication" ADD COLUMN "organName" TEXT;
UPDATE "Publication" p SET "organName" = u."organName"
FROM "Report" r JOIN "FilingUnit" u ON u."id" = r."filingUnitId"
WHERE r."id" = p."reportId";
ALTER TABLE "Publication" ALTER COLUMN "organName" SET NOT NULL;
