-- CreateTable
CREATE TABLE "PersonDataVersion" (
    "personId" UUID NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PersonDataVersion_pkey" PRIMARY KEY ("personId")
);

-- Written by hand below this line (Prisma's diff ignores functions and triggers).
--
-- "PersonDataVersion" is maintained only by these triggers: every row a member can see about a
-- person (their claims and everything on them, documents, pre-authorisations, cover, consents,
-- the person and their account) bumps that person's version when it is inserted, updated or
-- deleted, so no application write path can forget it. A response cache compares versions in one
-- query (lib/db/person-data-version.ts). No row means version 0.
--
-- One generic row trigger function; TG_ARGV holds pairs (column, kind) saying how a row leads to
-- a person. Kinds:
--   person        the column is a "Person".id
--   claim         "Claim".id            -> "Claim"."personId"
--   claimLine     "ClaimLine".id        -> its claim's "personId"
--   document      "Document".id         -> "Document"."personId", else its claim's, else its authorisation's
--   user          "User".id             -> "User"."personId" (none for staff accounts)
--   authorisation "Authorisation".id    -> "Authorisation"."personId"
--   policy        "Policy".id           -> every person enrolled on the policy
-- On UPDATE both the old and the new row count, so moving a row between persons bumps both.
-- NULLs are skipped; each distinct person is bumped once per row, in uuid order (a fixed lock
-- order, so two transactions bumping the same persons queue instead of deadlocking).
CREATE FUNCTION portal_bump_person_data_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN to_jsonb(NEW) END;
  persons uuid[] := '{}';
  rec jsonb;
  is_new boolean;
  i int;
  col text;
  kind text;
  val uuid;
  pid uuid;
BEGIN
  IF TG_NARGS = 0 OR TG_NARGS % 2 <> 0 THEN
    RAISE EXCEPTION 'portal_bump_person_data_version on %: arguments must be (column, kind) pairs', TG_TABLE_NAME;
  END IF;
  FOREACH is_new IN ARRAY ARRAY[false, true] LOOP
    rec := CASE WHEN is_new THEN new_row ELSE old_row END;
    CONTINUE WHEN rec IS NULL;
    FOR i IN 0 .. TG_NARGS - 1 BY 2 LOOP
      col := TG_ARGV[i];
      kind := TG_ARGV[i + 1];
      val := (rec ->> col)::uuid;
      CONTINUE WHEN val IS NULL;
      -- An UPDATE that kept the column: the old row already led to the same persons.
      CONTINUE WHEN is_new AND old_row IS NOT NULL AND (old_row ->> col)::uuid = val;
      CASE kind
        WHEN 'person' THEN
          persons := persons || val;
        WHEN 'claim' THEN
          persons := persons || ARRAY(SELECT c."personId" FROM "Claim" c WHERE c.id = val);
        WHEN 'claimLine' THEN
          persons := persons || ARRAY(SELECT c."personId" FROM "ClaimLine" l JOIN "Claim" c ON c.id = l."claimId" WHERE l.id = val);
        WHEN 'document' THEN
          persons := persons || ARRAY(
            SELECT coalesce(d."personId", c."personId", a."personId")
            FROM "Document" d
            LEFT JOIN "Claim" c ON c.id = d."claimId"
            LEFT JOIN "Authorisation" a ON a.id = d."authorisationId"
            WHERE d.id = val);
        WHEN 'user' THEN
          persons := persons || ARRAY(SELECT u."personId" FROM "User" u WHERE u.id = val);
        WHEN 'authorisation' THEN
          persons := persons || ARRAY(SELECT a."personId" FROM "Authorisation" a WHERE a.id = val);
        WHEN 'policy' THEN
          persons := persons || ARRAY(SELECT e."personId" FROM "Enrolment" e WHERE e."policyId" = val);
        ELSE
          RAISE EXCEPTION 'portal_bump_person_data_version on %: unknown kind %', TG_TABLE_NAME, kind;
      END CASE;
    END LOOP;
  END LOOP;
  FOR pid IN SELECT DISTINCT p FROM unnest(persons) AS p WHERE p IS NOT NULL ORDER BY p LOOP
    INSERT INTO "PersonDataVersion" ("personId", version, "updatedAt") VALUES (pid, 1, now())
    ON CONFLICT ("personId") DO UPDATE SET version = "PersonDataVersion".version + 1, "updatedAt" = now();
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Person_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Person"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('id', 'person');
CREATE TRIGGER "Enrolment_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Enrolment"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('personId', 'person');
CREATE TRIGGER "Policy_bump_person_data_version" AFTER UPDATE OR DELETE ON "Policy"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('id', 'policy');
CREATE TRIGGER "User_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "User"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('personId', 'person');
CREATE TRIGGER "Consent_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Consent"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('grantorPersonId', 'person', 'granteePersonId', 'person');
CREATE TRIGGER "Claim_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('personId', 'person');
CREATE TRIGGER "ClaimLine_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ClaimLine"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('claimId', 'claim');
CREATE TRIGGER "ClaimEvent_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ClaimEvent"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('claimId', 'claim');
CREATE TRIGGER "SettlementNote_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "SettlementNote"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('claimId', 'claim');
CREATE TRIGGER "Message_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Message"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('claimId', 'claim', 'authorisationId', 'authorisation');
CREATE TRIGGER "MemberTask_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "MemberTask"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('claimId', 'claim', 'userId', 'user');
CREATE TRIGGER "Document_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Document"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('personId', 'person', 'claimId', 'claim', 'authorisationId', 'authorisation');
CREATE TRIGGER "ClaimLineDocument_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "ClaimLineDocument"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('claimLineId', 'claimLine', 'documentId', 'document');
CREATE TRIGGER "Authorisation_bump_person_data_version" AFTER INSERT OR UPDATE OR DELETE ON "Authorisation"
  FOR EACH ROW EXECUTE FUNCTION portal_bump_person_data_version('personId', 'person');
