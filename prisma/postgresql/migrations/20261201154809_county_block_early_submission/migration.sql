-- AlterTable
ALTER TABLE "County" ADD COLUMN     "blockEarlySubmission" BOOLEAN NOT NULL DEFAULT false;

