-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "townshipId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "daysLeft" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reminder_townshipId_year_createdAt_idx" ON "Reminder"("townshipId", "year", "createdAt");

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

