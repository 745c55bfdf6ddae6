-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "PolicyKind" AS ENUM ('INDIVIDUAL', 'GROUP');

-- CreateEnum
CREATE TYPE "PolicyStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'ENDED');

-- CreateEnum
CREATE TYPE "EnrolmentRole" AS ENUM ('MAIN', 'SPOUSE', 'PARTNER', 'CHILD', 'PARENT', 'EMPLOYEE');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('MEMBER', 'EMPLOYER_ADMIN', 'CLAIMS_HANDLER');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'DECIDED', 'PAID', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ClaimLineOutcome" AS ENUM ('APPROVED', 'PARTLY_APPROVED', 'REJECTED', 'NEEDS_INFORMATION', 'NEEDS_REVIEW');

-- CreateEnum
CREATE TYPE "TreatmentSetting" AS ENUM ('OUT_PATIENT', 'DAY_PATIENT', 'IN_PATIENT');

-- CreateEnum
CREATE TYPE "ClaimEventKind" AS ENUM ('DRAFT_SAVED', 'RECEIVED', 'AUTO_DECIDED', 'IN_REVIEW', 'INFORMATION_REQUESTED', 'INFORMATION_PROVIDED', 'LINE_ADJUSTED', 'DECIDED', 'SETTLEMENT_ISSUED', 'PAID', 'MESSAGE', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AuthorisationKind" AS ENUM ('PRE_AUTHORISATION', 'GUARANTEE_OF_PAYMENT');

-- CreateEnum
CREATE TYPE "AuthorisationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'INFORMATION_REQUESTED', 'APPROVED', 'PARTLY_APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('INVOICE', 'RECEIPT', 'REFERRAL', 'PRESCRIPTION', 'MEDICAL_REPORT', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('HEALTH_DATA_SHARING', 'POWER_OF_ATTORNEY');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('OPEN', 'DONE', 'CANCELLED');

-- CreateTable
CREATE TABLE "Insurer" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "cvr" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Insurer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "nameDa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "schedule" JSONB NOT NULL,
    "validFrom" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "cvr" VARCHAR(8) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupScheme" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "premiumPerPersonMinor" INTEGER NOT NULL,
    "premiumPeriod" TEXT NOT NULL DEFAULT 'YEAR',
    "paidForCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "insurerId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "kind" "PolicyKind" NOT NULL,
    "status" "PolicyStatus" NOT NULL DEFAULT 'ACTIVE',
    "currency" VARCHAR(3) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "renewalDate" DATE NOT NULL,
    "deductibleMinor" INTEGER NOT NULL DEFAULT 0,
    "addOns" TEXT[],
    "specialTerms" TEXT,
    "employerId" UUID,
    "groupSchemeId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" UUID NOT NULL,
    "memberNumber" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "addressLine" TEXT,
    "postalCode" TEXT,
    "city" TEXT,
    "countryOfResidence" VARCHAR(2) NOT NULL DEFAULT 'DK',
    "bankRegNo" TEXT,
    "bankAccountNo" TEXT,
    "diedOn" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "policyId" UUID NOT NULL,
    "role" "EnrolmentRole" NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "waitingPeriodWaivers" TEXT[],
    "transferredFromInsurer" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "roles" "UserRole"[],
    "locale" TEXT NOT NULL DEFAULT 'da',
    "personId" UUID,
    "employerId" UUID,
    "insurerId" UUID,
    "displayName" TEXT NOT NULL,
    "activatedAt" TIMESTAMPTZ(3),
    "disabledAt" TIMESTAMPTZ(3),
    "passwordChangedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivationCode" (
    "id" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivationCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordResetToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" UUID NOT NULL,
    "insurerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "speciality" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" VARCHAR(2) NOT NULL DEFAULT 'DK',
    "cvr" TEXT,
    "inNetwork" BOOLEAN NOT NULL DEFAULT false,
    "directBilling" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "policyId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "submittedById" UUID NOT NULL,
    "assignedHandlerId" UUID,
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "idempotencyKey" TEXT,
    "currency" VARCHAR(3) NOT NULL,
    "diagnosis" TEXT,
    "reason" TEXT,
    "emergency" BOOLEAN NOT NULL DEFAULT false,
    "authorisationReference" TEXT,
    "authorisationId" UUID,
    "otherInsuranceDeclared" BOOLEAN NOT NULL DEFAULT false,
    "otherInsurerName" TEXT,
    "sygeforsikringDanmark" BOOLEAN NOT NULL DEFAULT false,
    "claimedTotalMinor" INTEGER NOT NULL DEFAULT 0,
    "payableTotalMinor" INTEGER,
    "draftData" JSONB,
    "engineDecision" JSONB,
    "reviewReason" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "paidAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLine" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "treatmentDate" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "setting" "TreatmentSetting" NOT NULL DEFAULT 'OUT_PATIENT',
    "providerId" UUID,
    "providerName" TEXT NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "referralPresent" BOOLEAN NOT NULL DEFAULT false,
    "prescriptionPresent" BOOLEAN NOT NULL DEFAULT false,
    "receiptPresent" BOOLEAN NOT NULL DEFAULT false,
    "outcome" "ClaimLineOutcome",
    "eligibleMinor" INTEGER,
    "payableMinor" INTEGER,
    "memberShareMinor" INTEGER,
    "steps" JSONB,
    "adjustedById" UUID,
    "adjustmentReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimEvent" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "kind" "ClaimEventKind" NOT NULL,
    "actorUserId" UUID,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Authorisation" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "kind" "AuthorisationKind" NOT NULL,
    "policyId" UUID NOT NULL,
    "personId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "status" "AuthorisationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "category" TEXT NOT NULL,
    "setting" "TreatmentSetting" NOT NULL DEFAULT 'OUT_PATIENT',
    "diagnosis" TEXT NOT NULL,
    "plannedTreatment" TEXT NOT NULL,
    "providerId" UUID,
    "providerName" TEXT NOT NULL,
    "plannedDate" DATE NOT NULL,
    "estimatedCostMinor" INTEGER,
    "currency" VARCHAR(3) NOT NULL,
    "approvedAmountMinor" INTEGER,
    "sessionsApproved" INTEGER,
    "validFrom" DATE,
    "validTo" DATE,
    "decisionNote" TEXT,
    "idempotencyKey" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "dueAt" TIMESTAMPTZ(3),
    "respondedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Authorisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "kind" "DocumentKind" NOT NULL DEFAULT 'OTHER',
    "ownerUserId" UUID NOT NULL,
    "personId" UUID,
    "claimId" UUID,
    "authorisationId" UUID,
    "messageId" UUID,
    "attachedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLineDocument" (
    "claimLineId" UUID NOT NULL,
    "documentId" UUID NOT NULL,

    CONSTRAINT "ClaimLineDocument_pkey" PRIMARY KEY ("claimLineId","documentId")
);

-- CreateTable
CREATE TABLE "SettlementNote" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "currency" VARCHAR(3) NOT NULL,
    "claimedTotalMinor" INTEGER NOT NULL,
    "payableTotalMinor" INTEGER NOT NULL,
    "memberShareMinor" INTEGER NOT NULL,
    "payeeName" TEXT NOT NULL,
    "payeeAccountMasked" TEXT,
    "paymentDate" DATE,
    "content" JSONB NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SettlementNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" UUID NOT NULL,
    "claimId" UUID,
    "authorisationId" UUID,
    "authorUserId" UUID NOT NULL,
    "fromHandler" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberTask" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "claimId" UUID,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMPTZ(3),

    CONSTRAINT "MemberTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "grantorPersonId" UUID NOT NULL,
    "granteePersonId" UUID NOT NULL,
    "givenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" DATE,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "actorUserId" UUID,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "personId" UUID,
    "ip" TEXT,
    "metadata" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboundEmail" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "template" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Insurer_cvr_key" ON "Insurer"("cvr");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_insurerId_code_version_key" ON "Plan"("insurerId", "code", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Employer_cvr_key" ON "Employer"("cvr");

-- CreateIndex
CREATE INDEX "GroupScheme_employerId_idx" ON "GroupScheme"("employerId");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_number_key" ON "Policy"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_groupSchemeId_key" ON "Policy"("groupSchemeId");

-- CreateIndex
CREATE INDEX "Policy_employerId_idx" ON "Policy"("employerId");

-- CreateIndex
CREATE INDEX "Policy_planId_idx" ON "Policy"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_memberNumber_key" ON "Person"("memberNumber");

-- CreateIndex
CREATE INDEX "Person_lastName_firstName_idx" ON "Person"("lastName", "firstName");

-- CreateIndex
CREATE INDEX "Enrolment_policyId_role_idx" ON "Enrolment"("policyId", "role");

-- CreateIndex
CREATE INDEX "Enrolment_personId_idx" ON "Enrolment"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_personId_key" ON "User"("personId");

-- CreateIndex
CREATE INDEX "User_employerId_idx" ON "User"("employerId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "ActivationCode_personId_idx" ON "ActivationCode"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_createdAt_idx" ON "LoginAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "Provider_insurerId_name_idx" ON "Provider"("insurerId", "name");

-- CreateIndex
CREATE INDEX "Provider_insurerId_region_speciality_idx" ON "Provider"("insurerId", "region", "speciality");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_number_key" ON "Claim"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_idempotencyKey_key" ON "Claim"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Claim_personId_createdAt_idx" ON "Claim"("personId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_submittedById_createdAt_idx" ON "Claim"("submittedById", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_policyId_createdAt_idx" ON "Claim"("policyId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Claim_status_dueAt_idx" ON "Claim"("status", "dueAt");

-- CreateIndex
CREATE INDEX "ClaimLine_category_treatmentDate_idx" ON "ClaimLine"("category", "treatmentDate");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLine_claimId_lineNo_key" ON "ClaimLine"("claimId", "lineNo");

-- CreateIndex
CREATE INDEX "ClaimEvent_claimId_createdAt_idx" ON "ClaimEvent"("claimId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Authorisation_reference_key" ON "Authorisation"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Authorisation_idempotencyKey_key" ON "Authorisation"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Authorisation_personId_createdAt_idx" ON "Authorisation"("personId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Authorisation_status_dueAt_idx" ON "Authorisation"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_claimId_idx" ON "Document"("claimId");

-- CreateIndex
CREATE INDEX "Document_authorisationId_idx" ON "Document"("authorisationId");

-- CreateIndex
CREATE INDEX "Document_ownerUserId_createdAt_idx" ON "Document"("ownerUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Document_attachedAt_createdAt_idx" ON "Document"("attachedAt", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimLineDocument_documentId_idx" ON "ClaimLineDocument"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "SettlementNote_claimId_key" ON "SettlementNote"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "SettlementNote_number_key" ON "SettlementNote"("number");

-- CreateIndex
CREATE INDEX "Message_claimId_createdAt_idx" ON "Message"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_authorisationId_createdAt_idx" ON "Message"("authorisationId", "createdAt");

-- CreateIndex
CREATE INDEX "MemberTask_userId_status_createdAt_idx" ON "MemberTask"("userId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Consent_granteePersonId_kind_idx" ON "Consent"("granteePersonId", "kind");

-- CreateIndex
CREATE INDEX "Consent_grantorPersonId_idx" ON "Consent"("grantorPersonId");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorUserId_createdAt_idx" ON "AuditEvent"("actorUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditEvent_personId_createdAt_idx" ON "AuditEvent"("personId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "OutboundEmail_status_createdAt_idx" ON "OutboundEmail"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupScheme" ADD CONSTRAINT "GroupScheme_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupScheme" ADD CONSTRAINT "GroupScheme_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Policy" ADD CONSTRAINT "Policy_groupSchemeId_fkey" FOREIGN KEY ("groupSchemeId") REFERENCES "GroupScheme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivationCode" ADD CONSTRAINT "ActivationCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provider" ADD CONSTRAINT "Provider_insurerId_fkey" FOREIGN KEY ("insurerId") REFERENCES "Insurer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_assignedHandlerId_fkey" FOREIGN KEY ("assignedHandlerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_authorisationId_fkey" FOREIGN KEY ("authorisationId") REFERENCES "Authorisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLine" ADD CONSTRAINT "ClaimLine_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEvent" ADD CONSTRAINT "ClaimEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorisation" ADD CONSTRAINT "Authorisation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorisation" ADD CONSTRAINT "Authorisation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorisation" ADD CONSTRAINT "Authorisation_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorisation" ADD CONSTRAINT "Authorisation_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_authorisationId_fkey" FOREIGN KEY ("authorisationId") REFERENCES "Authorisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLineDocument" ADD CONSTRAINT "ClaimLineDocument_claimLineId_fkey" FOREIGN KEY ("claimLineId") REFERENCES "ClaimLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLineDocument" ADD CONSTRAINT "ClaimLineDocument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SettlementNote" ADD CONSTRAINT "SettlementNote_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorisationId_fkey" FOREIGN KEY ("authorisationId") REFERENCES "Authorisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTask" ADD CONSTRAINT "MemberTask_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTask" ADD CONSTRAINT "MemberTask_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_grantorPersonId_fkey" FOREIGN KEY ("grantorPersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_granteePersonId_fkey" FOREIGN KEY ("granteePersonId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
