-- CreateEnum
CREATE TYPE "AuthorisationEventKind" AS ENUM ('DRAFT_SAVED', 'RECEIVED', 'EMERGENCY_NOTIFIED', 'AUTO_DECIDED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'DECIDED', 'GOP_ISSUED', 'INVOICE_SETTLED', 'TOP_UP_REQUESTED', 'MESSAGE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AuthorisationInvoiceStatus" AS ENUM ('SETTLED', 'TOP_UP_REQUESTED');

-- AlterEnum
ALTER TYPE "AuthorisationStatus" ADD VALUE 'IN_REVIEW';

-- AlterTable
ALTER TABLE "Authorisation" ADD COLUMN     "conditions" TEXT,
ADD COLUMN     "country" VARCHAR(2) NOT NULL DEFAULT 'DK',
ADD COLUMN     "deductibleMinor" INTEGER,
ADD COLUMN     "directBilling" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "draftData" JSONB,
ADD COLUMN     "emergency" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "engineDecision" JSONB,
ADD COLUMN     "letterDocumentId" UUID,
ADD COLUMN     "memberShareMinor" INTEGER,
ADD COLUMN     "periodFrom" DATE,
ADD COLUMN     "periodTo" DATE,
ADD COLUMN     "refusalRuleId" TEXT,
ADD COLUMN     "reviewReason" TEXT,
ADD COLUMN     "sessionsRequested" INTEGER,
ADD COLUMN     "supplyDays" INTEGER,
ADD COLUMN     "topUpOfId" UUID,
ADD COLUMN     "treatmentStartedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "MemberTask" ADD COLUMN     "authorisationId" UUID;

-- AlterTable
ALTER TABLE "Provider" ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "AuthorisationEvent" (
    "id" UUID NOT NULL,
    "authorisationId" UUID NOT NULL,
    "kind" "AuthorisationEventKind" NOT NULL,
    "actorUserId" UUID,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorisationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorisationInvoice" (
    "id" UUID NOT NULL,
    "authorisationId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "documentId" UUID,
    "invoiceNumber" TEXT NOT NULL,
    "invoiceDate" DATE NOT NULL,
    "paidOn" DATE,
    "amountMinor" INTEGER NOT NULL,
    "coveredMinor" INTEGER NOT NULL,
    "deductibleMinor" INTEGER NOT NULL,
    "uncoveredMinor" INTEGER NOT NULL,
    "memberShareMinor" INTEGER NOT NULL,
    "aboveGuaranteeMinor" INTEGER NOT NULL,
    "status" "AuthorisationInvoiceStatus" NOT NULL,
    "topUpId" UUID,
    "content" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthorisationInvoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthorisationEvent_authorisationId_createdAt_idx" ON "AuthorisationEvent"("authorisationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuthorisationInvoice_number_key" ON "AuthorisationInvoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "AuthorisationInvoice_idempotencyKey_key" ON "AuthorisationInvoice"("idempotencyKey");

-- CreateIndex
CREATE INDEX "AuthorisationInvoice_authorisationId_createdAt_idx" ON "AuthorisationInvoice"("authorisationId", "createdAt");

-- CreateIndex
CREATE INDEX "MemberTask_authorisationId_status_idx" ON "MemberTask"("authorisationId", "status");

-- AddForeignKey
ALTER TABLE "Authorisation" ADD CONSTRAINT "Authorisation_topUpOfId_fkey" FOREIGN KEY ("topUpOfId") REFERENCES "Authorisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisationEvent" ADD CONSTRAINT "AuthorisationEvent_authorisationId_fkey" FOREIGN KEY ("authorisationId") REFERENCES "Authorisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisationEvent" ADD CONSTRAINT "AuthorisationEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisationInvoice" ADD CONSTRAINT "AuthorisationInvoice_authorisationId_fkey" FOREIGN KEY ("authorisationId") REFERENCES "Authorisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorisationInvoice" ADD CONSTRAINT "AuthorisationInvoice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTask" ADD CONSTRAINT "MemberTask_authorisationId_fkey" FOREIGN KEY ("authorisationId") REFERENCES "Authorisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
