-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'UPHELD', 'REFUSED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ClaimEventKind" ADD VALUE 'ASSIGNED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'ACUTE_ILLNESS_CONFIRMED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'COMPLAINT_RECEIVED';
ALTER TYPE "ClaimEventKind" ADD VALUE 'COMPLAINT_DECIDED';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "acuteIllnessConfirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "acuteIllnessConfirmedById" UUID;

-- CreateTable
CREATE TABLE "ClaimComplaint" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "complainantId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "documentIds" UUID[],
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "idempotencyKey" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "decidedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decisionReasons" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ClaimComplaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimComplaint_idempotencyKey_key" ON "ClaimComplaint"("idempotencyKey");

-- CreateIndex
CREATE INDEX "ClaimComplaint_claimId_receivedAt_idx" ON "ClaimComplaint"("claimId", "receivedAt");

-- CreateIndex
CREATE INDEX "ClaimComplaint_status_dueAt_idx" ON "ClaimComplaint"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "ClaimComplaint" ADD CONSTRAINT "ClaimComplaint_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimComplaint" ADD CONSTRAINT "ClaimComplaint_complainantId_fkey" FOREIGN KEY ("complainantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimComplaint" ADD CONSTRAINT "ClaimComplaint_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
