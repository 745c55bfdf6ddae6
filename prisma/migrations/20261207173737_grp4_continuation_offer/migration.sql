-- CreateTable
CREATE TABLE "ContinuationOffer" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "groupEnrolmentId" UUID NOT NULL,
    "offeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" DATE NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedByUserId" UUID,
    "preExistingWaitingEndsOn" DATE,
    "individualEnrolmentId" UUID,

    CONSTRAINT "ContinuationOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContinuationOffer_groupEnrolmentId_key" ON "ContinuationOffer"("groupEnrolmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ContinuationOffer_individualEnrolmentId_key" ON "ContinuationOffer"("individualEnrolmentId");

-- CreateIndex
CREATE INDEX "ContinuationOffer_personId_idx" ON "ContinuationOffer"("personId");

-- AddForeignKey
ALTER TABLE "ContinuationOffer" ADD CONSTRAINT "ContinuationOffer_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuationOffer" ADD CONSTRAINT "ContinuationOffer_groupEnrolmentId_fkey" FOREIGN KEY ("groupEnrolmentId") REFERENCES "Enrolment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContinuationOffer" ADD CONSTRAINT "ContinuationOffer_individualEnrolmentId_fkey" FOREIGN KEY ("individualEnrolmentId") REFERENCES "Enrolment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
