-- CreateEnum
CREATE TYPE "ConsentScope" AS ENUM ('ALL', 'CLAIMS');

-- CreateEnum
CREATE TYPE "EnrolmentStatus" AS ENUM ('PENDING', 'ACTIVE', 'REFUSED', 'ENDED');

-- CreateEnum
CREATE TYPE "HealthDeclarationDecision" AS ENUM ('PENDING', 'ACCEPTED', 'REFUSED');

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "givenByUserId" UUID,
ADD COLUMN     "renewedAt" TIMESTAMPTZ(3),
ADD COLUMN     "scope" "ConsentScope" NOT NULL DEFAULT 'ALL',
ADD COLUMN     "validFrom" DATE;

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "createdByUserId" UUID,
ADD COLUMN     "endReason" TEXT,
ADD COLUMN     "endedByUserId" UUID,
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "status" "EnrolmentStatus" NOT NULL DEFAULT 'ACTIVE';

-- AlterTable
ALTER TABLE "Insurer" ADD COLUMN     "childOwnHealthDataFromAge" INTEGER NOT NULL DEFAULT 15;

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "cprNumber" TEXT;

-- CreateTable
CREATE TABLE "HealthDeclaration" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "submittedByUserId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueDate" DATE NOT NULL,
    "decision" "HealthDeclarationDecision" NOT NULL DEFAULT 'PENDING',
    "decidedByUserId" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,

    CONSTRAINT "HealthDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyEvent" (
    "id" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "personId" UUID,
    "actorUserId" UUID,
    "effectiveOn" DATE NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PolicyEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgeNotice" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "milestone" TEXT NOT NULL,
    "milestoneOn" DATE NOT NULL,
    "daysBefore" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgeNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HealthDeclaration_enrolmentId_key" ON "HealthDeclaration"("enrolmentId");

-- CreateIndex
CREATE INDEX "HealthDeclaration_decision_dueDate_idx" ON "HealthDeclaration"("decision", "dueDate");

-- CreateIndex
CREATE INDEX "PolicyEvent_policyId_createdAt_idx" ON "PolicyEvent"("policyId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "AgeNotice_personId_policyId_milestone_milestoneOn_daysBefor_key" ON "AgeNotice"("personId", "policyId", "milestone", "milestoneOn", "daysBefore");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_idempotencyKey_key" ON "Enrolment"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Person_cprNumber_key" ON "Person"("cprNumber");

-- AddForeignKey
ALTER TABLE "HealthDeclaration" ADD CONSTRAINT "HealthDeclaration_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyEvent" ADD CONSTRAINT "PolicyEvent_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgeNotice" ADD CONSTRAINT "AgeNotice_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
