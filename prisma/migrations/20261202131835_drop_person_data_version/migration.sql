-- Retires the HTML page cache (ADR 0011, superseded by ADR 0012): nothing reads the per-person
-- data versions any more. Written by hand: Prisma's diff sees only the table, not the triggers
-- and the function that migration 20261121110815_person_data_version created.

DROP TRIGGER "Person_bump_person_data_version" ON "Person";
DROP TRIGGER "Enrolment_bump_person_data_version" ON "Enrolment";
DROP TRIGGER "Policy_bump_person_data_version" ON "Policy";
DROP TRIGGER "User_bump_person_data_version" ON "User";
DROP TRIGGER "Consent_bump_person_data_version" ON "Consent";
DROP TRIGGER "Claim_bump_person_data_version" ON "Claim";
DROP TRIGGER "ClaimLine_bump_person_data_version" ON "ClaimLine";
DROP TRIGGER "ClaimEvent_bump_person_data_version" ON "ClaimEvent";
DROP TRIGGER "SettlementNote_bump_person_data_version" ON "SettlementNote";
DROP TRIGGER "Message_bump_person_data_version" ON "Message";
DROP TRIGGER "MemberTask_bump_person_data_version" ON "MemberTask";
DROP TRIGGER "Document_bump_person_data_version" ON "Document";
DROP TRIGGER "ClaimLineDocument_bump_person_data_version" ON "ClaimLineDocument";
DROP TRIGGER "Authorisation_bump_person_data_version" ON "Authorisation";

DROP FUNCTION portal_bump_person_data_version();

-- DropTable
DROP TABLE "PersonDataVersion";
