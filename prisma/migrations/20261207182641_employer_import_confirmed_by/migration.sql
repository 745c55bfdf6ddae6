-- AlterTable
ALTER TABLE "EmployerImport" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "confirmedByUserId" UUID;

-- Imports confirmed before these columns existed: the confirmer is in the audit log
-- (employer.import_confirmed), so a queued import still runs as the admin who confirmed it.
UPDATE "EmployerImport" AS i
SET "confirmedByUserId" = a."actorUserId", "confirmedAt" = a."createdAt"
FROM (
  SELECT DISTINCT ON ("subjectId") "subjectId", "actorUserId", "createdAt"
  FROM "AuditEvent"
  WHERE "action" = 'employer.import_confirmed' AND "subjectType" = 'EmployerImport'
  ORDER BY "subjectId", "createdAt" DESC
) AS a
WHERE a."subjectId" = i."id"::text AND i."status" <> 'CHECKED';
