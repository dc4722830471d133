-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "reviewOpenedAt" TIMESTAMP(3);

