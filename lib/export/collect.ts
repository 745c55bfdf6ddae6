import "server-only";
import { can, type Actor } from "../access/can";
import { healthDataSubjects, type HealthDataSubject } from "../access/health-data";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { documentAccessSelect, documentResource } from "../documents/access";
import { loadAuthorisations, loadClaims } from "./collect-records";
import { copenhagenIso, isoDay } from "./dates";
import type { ExportConsent, ExportData, ExportDocument, ExportEnrolment, ExportPerson } from "./types";

/** A document to put in the ZIP: its metadata and where its bytes are. */
export interface ExportFile {
  path: string;
  storageKey: string;
}

/** The member as healthDataSubjects() needs them (the job runs outside a request, so there is no session). */
async function memberOf(db: Db, userId: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { person: true } });
  const person = user.person;
  return {
    userId: user.id,
    sessionId: "",
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    locale: user.locale === "en" ? "en" : "da",
    person: person && { id: person.id, firstName: person.firstName, lastName: person.lastName, memberNumber: person.memberNumber },
    policyNumber: null,
    employer: null,
  };
}

async function loadPersons(db: Db, subjects: readonly HealthDataSubject[], selfId: string): Promise<ExportPerson[]> {
  const rows = await db.person.findMany({ where: { id: { in: subjects.map((s) => s.personId) } } });
  const relation = new Map(subjects.map((s) => [s.personId, s.relation]));
  return rows.map((p) => ({
    id: p.id,
    memberNumber: p.memberNumber,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: isoDay(p.birthDate),
    relation: relation.get(p.id)!,
    // Contact details and the refund account are the member's own; others' are not health data they were shown.
    ...(p.id === selfId
      ? {
          email: p.email,
          phone: p.phone,
          address: { line: p.addressLine, postalCode: p.postalCode, city: p.city, country: p.countryOfResidence },
          refundAccount: { regNo: p.bankRegNo, accountNo: p.bankAccountNo, iban: p.iban },
        }
      : {}),
  }));
}

async function loadEnrolments(db: Db, personIds: string[], locale: string): Promise<ExportEnrolment[]> {
  const rows = await db.enrolment.findMany({
    where: { personId: { in: personIds } },
    orderBy: { startDate: "asc" },
    include: { policy: { include: { insurer: { select: { name: true } }, plan: { select: { nameDa: true, nameEn: true } } } } },
  });
  return rows.map((e) => ({
    id: e.id,
    personId: e.personId,
    role: e.role,
    status: e.status,
    startDate: isoDay(e.startDate),
    endDate: e.endDate && isoDay(e.endDate),
    policy: {
      id: e.policy.id,
      number: e.policy.number,
      kind: e.policy.kind,
      status: e.policy.status,
      startDate: isoDay(e.policy.startDate),
      endDate: e.policy.endDate && isoDay(e.policy.endDate),
      insurer: e.policy.insurer.name,
      plan: locale === "en" ? e.policy.plan.nameEn : e.policy.plan.nameDa,
      currency: e.policy.currency,
    },
  }));
}

/** The consents and powers of attorney the member gave or received (ACC-3). */
async function loadConsents(db: Db, selfId: string): Promise<ExportConsent[]> {
  const rows = await db.consent.findMany({ where: { OR: [{ grantorPersonId: selfId }, { granteePersonId: selfId }] }, orderBy: { givenAt: "asc" } });
  return rows.map((c) => ({
    kind: c.kind,
    scope: c.scope,
    grantorPersonId: c.grantorPersonId,
    granteePersonId: c.granteePersonId,
    givenAt: copenhagenIso(c.givenAt),
    validFrom: c.validFrom && isoDay(c.validFrom),
    validTo: c.validTo && isoDay(c.validTo),
    withdrawnAt: c.withdrawnAt && copenhagenIso(c.withdrawnAt),
  }));
}

/** A name safe in any unzip tool: the document's id, then its name without path or control characters. */
const zipName = (id: string, name: string) => `documents/${id}-${name.replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu, "_").slice(0, 120)}`;

/**
 * The documents in scope: every one the member may read (`document.read`, as the download route
 * decides — a CLAIMS-only consent leaves them out, ACC-3) and the letters of requests they may read.
 */
async function loadDocuments(db: Db, actor: Actor, scope: { personIds: string[]; claimIds: string[]; letterIds: string[] }) {
  const rows = await db.document.findMany({
    where: { OR: [{ ownerUserId: actor.userId }, { personId: { in: scope.personIds } }, { claimId: { in: scope.claimIds } }, { id: { in: scope.letterIds } }] },
    orderBy: { createdAt: "asc" },
    select: { ...documentAccessSelect, id: true, originalName: true, mimeType: true, sizeBytes: true, sha256: true, kind: true, storageKey: true, createdAt: true, claim: { select: { ...documentAccessSelect.claim.select, number: true } }, authorisation: { select: { reference: true } } },
  });
  const letters = new Set(scope.letterIds);
  const readable = rows.filter((d) => letters.has(d.id) || can(actor, "document.read", documentResource(d)));
  const documents: ExportDocument[] = readable.map((d) => ({
    id: d.id,
    name: d.originalName,
    mimeType: d.mimeType,
    sizeBytes: d.sizeBytes,
    sha256: d.sha256,
    kind: d.kind,
    personId: d.personId ?? d.claim?.personId ?? null,
    claimNumber: d.claim?.number ?? null,
    authorisationReference: d.authorisation?.reference ?? null,
    createdAt: copenhagenIso(d.createdAt),
    file: zipName(d.id, d.originalName),
  }));
  return { documents, files: readable.map((d, i): ExportFile => ({ path: documents[i]!.file, storageKey: d.storageKey })) };
}

/** The letter's id only chose which documents go in; the JSON lists the letter with the documents. */
function withoutLetter<T extends { letterDocumentId: string | null }>(row: T): Omit<T, "letterDocumentId"> {
  const copy: Partial<T> = { ...row };
  delete copy.letterDocumentId;
  return copy as Omit<T, "letterDocumentId">;
}

/**
 * Everything the export holds for this member, decided as the member would see it today: their
 * own data and that of the people whose health data they may see (FAM-7: an adult co-insured's is
 * theirs alone, unless they consented), each record checked with can() as loaded.
 */
export async function collectExport(db: Db, userId: string, now: Date): Promise<{ data: ExportData; files: ExportFile[] }> {
  const user = await memberOf(db, userId);
  if (!user.person) throw new Error("A data export needs a member with a person.");
  const subjects = await healthDataSubjects(db, user, now);
  const actor: Actor = { userId, roles: user.roles, personId: user.person.id, insurerId: null, employerId: null, healthDataSubjects: subjects };
  const personIds = subjects.map((s) => s.personId);
  const [persons, enrolments, claims, authorisations, consents] = await Promise.all([
    loadPersons(db, subjects, user.person.id),
    loadEnrolments(db, personIds, user.locale),
    loadClaims(db, actor, personIds),
    loadAuthorisations(db, actor, personIds),
    loadConsents(db, user.person.id),
  ]);
  const { documents, files } = await loadDocuments(db, actor, {
    personIds,
    claimIds: claims.map((c) => c.id),
    letterIds: authorisations.flatMap((a) => (a.letterDocumentId ? [a.letterDocumentId] : [])),
  });
  const data: ExportData = {
    format: "member-portal-export/1",
    generatedAt: copenhagenIso(now),
    requestedBy: { userId, email: user.email, personId: user.person.id },
    persons,
    enrolments,
    claims,
    authorisations: authorisations.map(withoutLetter),
    consents,
    documents,
  };
  return { data, files };
}
