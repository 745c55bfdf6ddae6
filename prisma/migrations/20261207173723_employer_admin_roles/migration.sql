-- CreateEnum
CREATE TYPE "EmployerAdminRight" AS ENUM ('VIEW', 'MANAGE');

-- CreateTable
CREATE TABLE "EmployerAdmin" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "right" "EmployerAdminRight" NOT NULL,
    "createdByUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EmployerAdmin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerAdminInvitation" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "right" "EmployerAdminRight" NOT NULL,
    "tokenHash" VARCHAR(64) NOT NULL,
    "invitedByUserId" UUID NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "acceptedByUserId" UUID,
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerAdminInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerChange" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "actorUserId" UUID,
    "kind" TEXT NOT NULL,
    "details" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmployerChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmployerAdmin_userId_idx" ON "EmployerAdmin"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerAdmin_employerId_userId_key" ON "EmployerAdmin"("employerId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerAdminInvitation_tokenHash_key" ON "EmployerAdminInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "EmployerAdminInvitation_employerId_createdAt_idx" ON "EmployerAdminInvitation"("employerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "EmployerChange_employerId_createdAt_id_idx" ON "EmployerChange"("employerId", "createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "EmployerAdmin" ADD CONSTRAINT "EmployerAdmin_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAdmin" ADD CONSTRAINT "EmployerAdmin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerAdminInvitation" ADD CONSTRAINT "EmployerAdminInvitation_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerChange" ADD CONSTRAINT "EmployerChange_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerChange" ADD CONSTRAINT "EmployerChange_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Issue 12 point 8: every admin who had an employer before roles existed manages it.
INSERT INTO "EmployerAdmin" ("id", "employerId", "userId", "right", "updatedAt")
SELECT gen_random_uuid(), "employerId", "id", 'MANAGE', now() FROM "User"
WHERE 'EMPLOYER_ADMIN' = ANY("roles") AND "employerId" IS NOT NULL;
