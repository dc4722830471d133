-- CreateTable
CREATE TABLE "CacheInvalidation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tags" TEXT NOT NULL,
    "reportId" TEXT,
    "origin" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "CacheInvalidation_createdAt_idx" ON "CacheInvalidation"("createdAt");

