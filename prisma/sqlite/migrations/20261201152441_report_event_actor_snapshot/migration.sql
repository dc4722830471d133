-- AlterTable
ALTER TABLE "ReportEvent" ADD COLUMN "actorName" TEXT;
ALTER TABLE "ReportEvent" ADD COLUMN "actorRole" TEXT;


-- Existing events: the actor as named now is the best record there is of who acted.
UPDATE "ReportEvent"
SET "actorName" = (SELECT "name" FROM "User" WHERE "User"."id" = "ReportEvent"."actorId"),
    "actorRole" = (SELECT "role" FROM "User" WHERE "User"."id" = "ReportEvent"."actorId")
WHERE "actorId" IS NOT NULL;
