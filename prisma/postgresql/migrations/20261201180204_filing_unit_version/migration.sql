-- AlterTable
ALTER TABLE "FilingUnit" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

