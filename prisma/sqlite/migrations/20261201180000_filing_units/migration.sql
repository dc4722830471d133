-- Township becomes FilingUnit: every row kept (ids unchanged, kind township),
-- every reference renamed from townshipId to filingUnitId.
-- CreateTable
CREATE TABLE "FilingUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countyId" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'township',
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organName" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FilingUnit_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
INSERT INTO "FilingUnit" ("id", "countyId", "kind", "code", "name", "organName", "createdAt", "updatedAt")
SELECT "id", "countyId", 'township', "code", "name", "organName", "createdAt", "updatedAt" FROM "Township";
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "username" TEXT,
    "displayUsername" TEXT,
    "role" TEXT NOT NULL DEFAULT 'clerk',
    "filingUnitId" TEXT,
    "countyId" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "User_filingUnitId_fkey" FOREIGN KEY ("filingUnitId") REFERENCES "FilingUnit" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "User_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_User" ("filingUnitId", "countyId", "createdAt", "disabled", "displayUsername", "email", "emailVerified", "id", "image", "mustChangePassword", "name", "role", "updatedAt", "username") SELECT "filingUnitId", "countyId", "createdAt", "disabled", "displayUsername", "email", "emailVerified", "id", "image", "mustChangePassword", "name", "role", "updatedAt", "username" FROM (SELECT *, "townshipId" AS "filingUnitId" FROM "User");
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filingUnitId" TEXT NOT NULL,
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
    CONSTRAINT "Report_filingUnitId_fkey" FOREIGN KEY ("filingUnitId") REFERENCES "FilingUnit" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("filingUnitId", "createdAt", "data", "errorCount", "formatId", "id", "publishedAt", "publishedRevision", "status", "submittedAt", "updatedAt", "version", "warningCount", "year") SELECT "filingUnitId", "createdAt", "data", "errorCount", "formatId", "id", "publishedAt", "publishedRevision", "status", "submittedAt", "updatedAt", "version", "warningCount", "year" FROM (SELECT *, "townshipId" AS "filingUnitId" FROM "Report");
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE INDEX "Report_year_status_idx" ON "Report"("year", "status");
CREATE UNIQUE INDEX "Report_filingUnitId_year_key" ON "Report"("filingUnitId", "year");
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
    "organName" TEXT NOT NULL,
    CONSTRAINT "Publication_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Publication" ("organName", "correctionNote", "data", "findings", "formatId", "id", "publishedAt", "publishedAtSource", "publishedById", "recordedAt", "reportId", "revision", "source", "sourceNote") SELECT (SELECT t."organName" FROM "Report" r JOIN "FilingUnit" t ON t."id" = r."filingUnitId" WHERE r."id" = p."reportId"), p."correctionNote", p."data", p."findings", p."formatId", p."id", p."publishedAt", p."publishedAtSource", p."publishedById", p."recordedAt", p."reportId", p."revision", p."source", p."sourceNote" FROM "Publication" p;
DROP TABLE "Publication";
ALTER TABLE "new_Publication" RENAME TO "Publication";
CREATE INDEX "Publication_publishedAt_idx" ON "Publication"("publishedAt");
CREATE UNIQUE INDEX "Publication_reportId_revision_key" ON "Publication"("reportId", "revision");
CREATE TABLE "new_Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filingUnitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "daysLeft" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_filingUnitId_fkey" FOREIGN KEY ("filingUnitId") REFERENCES "FilingUnit" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Reminder_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Reminder" ("filingUnitId", "actorId", "createdAt", "daysLeft", "deadline", "id", "year") SELECT "townshipId", "actorId", "createdAt", "daysLeft", "deadline", "id", "year" FROM "Reminder";
DROP TABLE "Reminder";
ALTER TABLE "new_Reminder" RENAME TO "Reminder";
CREATE INDEX "Reminder_filingUnitId_year_createdAt_idx" ON "Reminder"("filingUnitId", "year", "createdAt");
DROP TABLE "Township";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
-- CreateIndex
CREATE UNIQUE INDEX "FilingUnit_countyId_code_key" ON "FilingUnit"("countyId", "code");

