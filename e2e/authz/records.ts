import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { DEMO_USERS } from "../../lib/db/seed/demo-data";
import type { MatrixRecord, RecordKind, Role } from "./registry";

/** The demo account playing each role (lib/db/seed/demo-data.ts). */
export const ACCOUNT_OF: Record<Exclude<Role, "signedOut">, string> = {
  member: DEMO_USERS.mainInsured.email,
  coInsured: DEMO_USERS.spouse.email,
  otherFamily: DEMO_USERS.topUpMember.email,
  employer: DEMO_USERS.employerAdmin.email,
  handler: DEMO_USERS.handler.email,
};

interface ClaimRow {
  id: string;
  number: string;
  status: string;
  personId: string;
  email: string;
}

/** One claim of `email` in a status, as a record (subjects: the member whose health data it is). */
async function claimOf(client: pg.Client, key: string, role: Role, email: string, statuses: string[]): Promise<MatrixRecord> {
  const { rows } = await client.query<ClaimRow>(
    `SELECT c.id, c.number, c.status::text AS status, c."personId", u.email FROM "Claim" c JOIN "User" u ON u.id = c."submittedById"
     WHERE u.email = $1 AND c.status::text = ANY($2) AND u."personId" = c."personId" ORDER BY c."createdAt" LIMIT 1`,
    [email, statuses],
  );
  const row = rows[0];
  if (!row) throw new Error(`The demo seed has no ${statuses.join("/")} claim of ${email} (the matrix needs one for "${key}").`);
  return { key, kind: "claim", id: row.id, subjects: [role], owner: role, handlerMay: row.status !== "DRAFT", state: row.status, personId: row.personId, secret: row.number };
}

async function authorisationOf(client: pg.Client, key: string, role: Role, email: string): Promise<MatrixRecord | undefined> {
  const { rows } = await client.query<{ id: string; reference: string; status: string; personId: string }>(
    `SELECT a.id, a.reference, a.status::text AS status, a."personId" FROM "Authorisation" a JOIN "User" u ON u.id = a."requestedById" WHERE u.email = $1 ORDER BY a."createdAt" LIMIT 1`,
    [email],
  );
  const row = rows[0];
  return row && { key, kind: "authorisation", id: row.id, subjects: [role], owner: role, handlerMay: row.status !== "DRAFT", state: row.status, personId: row.personId, secret: row.reference };
}

async function personOf(client: pg.Client, key: string, role: Role, email: string): Promise<MatrixRecord> {
  const { rows } = await client.query<{ id: string }>(`SELECT "personId" AS id FROM "User" WHERE email = $1`, [email]);
  return { key, kind: "person", id: rows[0]!.id, subjects: [role], owner: role, handlerMay: false, state: "person", personId: rows[0]!.id };
}

/** Issue 12: an employee on a group scheme by employee number; state says whether it is Hanne's employer's. */
async function employeeOf(client: pg.Client, key: string, employeeNumber: string, own: boolean): Promise<MatrixRecord> {
  const { rows } = await client.query<{ id: string; personId: string }>(`SELECT id, "personId" FROM "Enrolment" WHERE "employeeNumber" = $1 LIMIT 1`, [employeeNumber]);
  const row = rows[0];
  if (!row) throw new Error(`The demo seed has no employee ${employeeNumber} (the matrix needs one for "${key}").`);
  return { key, kind: "employee", id: row.id, subjects: [], owner: "employer", handlerMay: false, state: own ? "own-employer" : "other-employer", personId: row.personId, secret: employeeNumber };
}

/** Issue 12 point 8: an employer's admin (their right on it) by e-mail; state says whether it is Hanne's employer's. */
async function employerAdminOf(client: pg.Client, key: string, email: string, own: boolean): Promise<MatrixRecord> {
  const { rows } = await client.query<{ id: string }>(`SELECT ea.id FROM "EmployerAdmin" ea JOIN "User" u ON u.id = ea."userId" WHERE u.email = $1`, [email]);
  const row = rows[0];
  if (!row) throw new Error(`The demo seed has no employer admin ${email} (the matrix needs one for "${key}").`);
  return { key, kind: "employerAdmin", id: row.id, subjects: [], owner: "employer", handlerMay: false, state: own ? "own-employer" : "other-employer", personId: row.id, secret: email };
}

/** Uploads a real PNG as `role` and links it as the document of `claim` (or leaves it unattached). */
async function documentOf(request: APIRequestContext, client: pg.Client, key: string, role: Role, claim: MatrixRecord | undefined): Promise<MatrixRecord> {
  const bytes = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/scan.png"));
  const response = await request.post("/api/documents", { data: bytes, headers: { "X-File-Name": encodeURIComponent(`${key}.png`), "Content-Type": "application/octet-stream" } });
  if (response.status() !== 201) throw new Error(`Uploading the "${key}" document as ${role} answered ${response.status()}: ${await response.text()}`);
  const { document } = (await response.json()) as { document: { id: string } };
  const { rows } = await client.query<{ personId: string }>(`SELECT p.id AS "personId" FROM "User" u JOIN "Person" p ON p.id = u."personId" WHERE u.email = $1`, [ACCOUNT_OF[role as keyof typeof ACCOUNT_OF]]);
  const personId = claim?.personId ?? rows[0]!.personId;
  if (claim) await client.query(`UPDATE "Document" SET "claimId" = $1, "personId" = $2, "attachedAt" = now() WHERE id = $3`, [claim.id, personId, document.id]);
  return {
    key,
    kind: "document",
    id: document.id,
    subjects: claim ? claim.subjects : [role],
    owner: role,
    handlerMay: claim ? claim.handlerMay : false,
    state: claim ? claim.state : "unattached",
    personId,
  };
}

/** Every record the matrix asks for, by kind. */
export async function loadRecords(client: pg.Client, upload: { member: APIRequestContext; coInsured: APIRequestContext }): Promise<Record<RecordKind, MatrixRecord[]>> {
  const metteDecided = await claimOf(client, "member's decided claim", "member", ACCOUNT_OF.member, ["DECIDED", "PAID"]);
  const metteDraft = await claimOf(client, "member's draft", "member", ACCOUNT_OF.member, ["DRAFT"]);
  const larsClaim = await claimOf(client, "co-insured's claim (FAM-7)", "coInsured", ACCOUNT_OF.coInsured, ["SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED"]);
  const authorisations = [await authorisationOf(client, "member's guarantee of payment", "member", ACCOUNT_OF.member), await authorisationOf(client, "co-insured's pre-authorisation", "coInsured", ACCOUNT_OF.coInsured)];
  return {
    claim: [metteDecided, metteDraft, larsClaim],
    document: [
      await documentOf(upload.member, client, "member's document on a decided claim", "member", metteDecided),
      await documentOf(upload.member, client, "member's document on a draft (point 8)", "member", metteDraft),
      await documentOf(upload.member, client, "member's unattached upload", "member", undefined),
      await documentOf(upload.coInsured, client, "co-insured's document (FAM-7)", "coInsured", larsClaim),
    ],
    authorisation: authorisations.filter((record): record is MatrixRecord => record !== undefined),
    employee: [await employeeOf(client, "Fjordværk's employee (Hanne's)", "F0002", true), await employeeOf(client, "Kystbyg's employee (another employer)", "K00001", false)],
    employerAdmin: [await employerAdminOf(client, "Fjordværk's view admin (Hanne's employer)", "revisor@fjordvaerk.dk", true), await employerAdminOf(client, "Kystbyg's admin (another employer)", "hr@kystbyg.dk", false)],
    person: [await personOf(client, "member (person)", "member", ACCOUNT_OF.member), await personOf(client, "co-insured (person)", "coInsured", ACCOUNT_OF.coInsured), await personOf(client, "other family (person)", "otherFamily", ACCOUNT_OF.otherFamily)],
  };
}
