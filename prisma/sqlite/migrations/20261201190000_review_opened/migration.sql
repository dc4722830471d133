-- AlterTable
ALTER TABLE "Report" ADD COLUMN "reviewOpenedAt" DATETIME;

