-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_County" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "defaultDeadline" TEXT NOT NULL DEFAULT '01-31',
    "approvalPublishes" BOOLEAN NOT NULL DEFAULT false,
    "blockEarlySubmission" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_County" ("approvalPublishes", "code", "createdAt", "defaultDeadline", "id", "name", "updatedAt") SELECT "approvalPublishes", "code", "createdAt", "defaultDeadline", "id", "name", "updatedAt" FROM "County";
DROP TABLE "County";
ALTER TABLE "new_County" RENAME TO "County";
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

