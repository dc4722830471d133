-- CreateTable
CREATE TABLE "ReportingYear" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "deadline" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReportingYear_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "formatId" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "findings" JSONB NOT NULL,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    "correctionNote" TEXT,
    "source" TEXT NOT NULL DEFAULT 'workflow',
    "sourceNote" TEXT,
    CONSTRAINT "Publication_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_County" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "defaultDeadline" TEXT NOT NULL DEFAULT '01-31',
    "approvalPublishes" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_County" ("code", "createdAt", "defaultDeadline", "id", "name", "updatedAt") SELECT "code", "createdAt", "defaultDeadline", "id", "name", "updatedAt" FROM "County";
DROP TABLE "County";
ALTER TABLE "new_County" RENAME TO "County";
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "townshipId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "formatId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "warningCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" DATETIME,
    "publishedAt" DATETIME,
    "publishedRevision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Report_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("createdAt", "data", "errorCount", "formatId", "id", "status", "submittedAt", "townshipId", "updatedAt", "version", "warningCount", "year") SELECT "createdAt", "data", "errorCount", "formatId", "id", "status", "submittedAt", "townshipId", "updatedAt", "version", "warningCount", "year" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");
CREATE UNIQUE INDEX "Report_townshipId_year_key" ON "Report"("townshipId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ReportingYear_countyId_year_key" ON "ReportingYear"("countyId", "year");

-- CreateIndex
CREATE INDEX "Publication_publishedAt_idx" ON "Publication"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_reportId_revision_key" ON "Publication"("reportId", "revision");

