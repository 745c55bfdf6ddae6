-- CreateEnum
CREATE TYPE "EmployerImportStatus" AS ENUM ('CHECKED', 'QUEUED', 'APPLYING', 'APPLIED', 'FAILED');

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "employeeNumber" VARCHAR(20);

-- CreateTable
CREATE TABLE "EmployerImport" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "createdByUserId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileSha256" VARCHAR(64) NOT NULL,
    "status" "EmployerImportStatus" NOT NULL DEFAULT 'CHECKED',
    "rows" JSONB NOT NULL,
    "totalRows" INTEGER NOT NULL,
    "changeRows" INTEGER NOT NULL,
    "refusedRows" INTEGER NOT NULL,
    "appliedRows" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),

    CONSTRAINT "EmployerImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmployerImport_employerId_createdAt_idx" ON "EmployerImport"("employerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_policyId_employeeNumber_key" ON "Enrolment"("policyId", "employeeNumber");
