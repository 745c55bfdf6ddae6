import type { CurrentUser, Role } from "../auth/current-user.types";

/**
 * The one authorisation decision of the portal: may this actor do this action on this resource?
 *
 * Pure (no database, no framework): the facts are loaded beforehand — who the actor is
 * (`loadActor` in ./actor.ts, once per request) and the record acted on, as loaded from the
 * database, never an id the client sent. Pages, `createAction`, route handlers and services all
 * ask here; a refusal answers 404 (an area or a record a user may not use does not exist for them).
 *
 * What `can()` decides is *who*. Where a claim is in its workflow (only an open claim can be
 * decided, only a claim waiting for information can be answered) stays with the service, which
 * checks it with its own message and a conditional update — except a draft, which is private to
 * whoever is writing it (a visibility rule, so it is decided here).
 *
 * Health data (FAM-7, ACC-3, GRP-3): a member reaches the data of the people in
 * `actor.healthDataSubjects` only — themself, their children below the insurer's own-data age
 * (Danish Health Act §17, default 15) on a policy where they are the main insured, and people who
 * gave them consent or a power of attorney themselves (started, not withdrawn, not expired). An
 * adult co-insured (and a child from 15) is private by default. A consent lets the grantee SEE;
 * only a power of attorney (or being the person, or the parent of a child below 15) lets them ACT —
 * start a claim, answer an information request, write to the handler, add documents (ACC-3). A
 * grant with scope CLAIMS opens claims, settlement notes and estimates but not the documents.
 * A handler reaches the claims of their own insurer. An employer admin never reaches any health
 * data of staff: the employer role grants no action below but its own area.
 */

export type HealthDataRelation = "self" | "child" | "consent" | "power_of_attorney";

/** What a consent or power of attorney opens (ACC-3): everything, or claims without their documents. */
export type GrantScope = "ALL" | "CLAIMS";

/** Someone whose health data the actor may see (FAM-7, ACC-3), as healthDataSubjects() found them. */
export interface HealthDataSubjectRef {
  personId: string;
  relation: HealthDataRelation;
  /** Only for consent and power of attorney; absent means ALL. */
  scope?: GrantScope;
}

/** The relations that may act (not only see) for the person: ACC-3. */
const ACTING_RELATIONS: ReadonlySet<HealthDataRelation> = new Set(["self", "child", "power_of_attorney"]);

/** Who is acting: plain facts about the signed-in user, loaded once per request. */
export interface Actor {
  userId: string;
  roles: readonly Role[];
  /** The member's own person (null for staff without one). */
  personId: string | null;
  /** A claims handler's insurer (loaded from the user row; null for everyone else). */
  insurerId: string | null;
  /** An employer admin's employer (never opens health data: GRP-3). */
  employerId: string | null;
  /** The admin's right on that employer (issue 12 point 8); absent or null: none (a removed admin). */
  employerRight?: EmployerRight | null;
  /** Whose health data this member may see; empty for anyone without the member role. */
  healthDataSubjects: readonly HealthDataSubjectRef[];
}

/** A claim as a member's actions need it (the loaded row's own columns). */
export interface MemberClaimResource {
  personId: string;
  status: string;
  submittedById: string;
}

/** A claim as a handler's actions need it (the insurer is the claim's policy's). */
export interface HandlerClaimResource {
  insurerId: string;
  status: string;
}

export type ClaimResource = MemberClaimResource & HandlerClaimResource;

/** A policy's family as loaded: who is enrolled on it now (active) and who is its main insured. */
export interface FamilyResource {
  mainPersonId: string;
  activePersonIds: readonly string[];
}

/** A consent or power of attorney, given or to be given: whose data it is. */
export interface GrantResource {
  grantorPersonId: string;
}

/** A document with what decides who may read it: its uploader, whose data it is, where it is attached. */
export interface DocumentResource {
  ownerUserId: string;
  personId: string | null;
  claim: ClaimResource | null;
}

export interface DeletableDocumentResource {
  ownerUserId: string;
  authorisationId: string | null;
  messageId: string | null;
  claim: { status: string; submittedById: string } | null;
}

export interface AttachableDocumentResource {
  ownerUserId: string;
  claimId: string | null;
  authorisationId: string | null;
  messageId: string | null;
  /** The claim the document is to be attached to. */
  targetClaimId: string;
}

/** A pre-authorisation / guarantee-of-payment request as a member's actions need it (issue 11). */
export interface MemberAuthorisationResource {
  personId: string;
  status: string;
  requestedById: string;
}

/** A group scheme, an enrolment on it or an import, as loaded: the employer it belongs to (GRP-1). */
export interface EmployerResource {
  employerId: string;
}

/** An admin's right on one employer: VIEW sees the employer area, MANAGE also changes it. */
export type EmployerRight = "VIEW" | "MANAGE";

/** An employer's admin as loaded, with what decides whether their manage right may go. */
export interface EmployerAdminResource extends EmployerResource {
  right: EmployerRight;
  /** The employer's MANAGE admins now, this one included. */
  manageAdmins: number;
}

/** A complaint's claim as the deciding handler needs it: whose decision is complained about. */
export interface ComplaintResource extends HandlerClaimResource {
  /** The handler who decided the claim (null: decided by the rules engine). */
  decidedById: string | null;
}

/**
 * Every action the portal authorises, with the resource it is asked about (`undefined`: none) and
 * the facts of the actor it needs (so a page's role gate can pass the CurrentUser itself, with no
 * database round trip, while a record decision needs the loaded actor).
 */
interface ActionTable {
  /** Any signed-in user: the pages every role has (change password). */
  "area.account": { resource: undefined; actor: never };
  "area.member": { resource: undefined; actor: "roles" };
  "area.handler": { resource: undefined; actor: "roles" };
  "area.employer": { resource: undefined; actor: "roles" };
  /** The claim form's provider search: a member with a person (their insurer's providers). */
  "provider.search": { resource: undefined; actor: "roles" | "personId" };
  /** Start, save or submit a claim for this person (FAM-7). */
  "claim.create": { resource: { personId: string }; actor: "roles" | "healthDataSubjects" };
  /** Continue a claim this member started (its draft, its submit, the same form submitted twice). */
  "claim.edit": { resource: { submittedById: string }; actor: "roles" | "userId" };
  /** A member reads a claim: detail page, list. */
  "claim.read": { resource: MemberClaimResource; actor: "roles" | "userId" | "healthDataSubjects" };
  /** A member answers an information request on the claim. */
  "claim.respond": { resource: MemberClaimResource; actor: "roles" | "userId" | "healthDataSubjects" };
  /** A member writes to the handler on the claim (ACC-4). */
  "claim.message": { resource: MemberClaimResource; actor: "roles" | "userId" | "healthDataSubjects" };
  /** A handler's work queue (their insurer's open claims). */
  "claim.queue": { resource: undefined; actor: "roles" | "insurerId" };
  /** A handler reads a claim in the console. */
  "claim.review": { resource: HandlerClaimResource; actor: "roles" | "insurerId" };
  /** A handler approves, adjusts or rejects the claim's lines. */
  "claim.decide": { resource: HandlerClaimResource; actor: "roles" | "insurerId" };
  "claim.request_information": { resource: HandlerClaimResource; actor: "roles" | "insurerId" };
  /** A handler writes to the member on the claim (ACC-4). */
  "claim.message_member": { resource: HandlerClaimResource; actor: "roles" | "insurerId" };
  /** The settlement note (page and PDF): the member side or the handler side of the claim. */
  "settlement.read": { resource: ClaimResource; actor: "roles" | "userId" | "healthDataSubjects" | "insurerId" };
  /** Upload a file, optionally for an existing claim. */
  "document.upload": { resource: { claim: MemberClaimResource | null }; actor: "roles" | "userId" | "healthDataSubjects" };
  "document.read": { resource: DocumentResource; actor: "roles" | "userId" | "healthDataSubjects" | "insurerId" };
  /** View inline (the handler console's frame, the uploader's own preview) rather than download. */
  "document.preview": { resource: DocumentResource; actor: "roles" | "userId" | "healthDataSubjects" | "insurerId" };
  /** The uploader removes their upload: unattached, or on their own draft. */
  "document.delete": { resource: DeletableDocumentResource; actor: "roles" | "userId" };
  /** Link the uploader's own upload to a claim (the caller has authorised the claim). */
  "document.attach": { resource: AttachableDocumentResource; actor: "userId" };
  /** The family overview: anyone enrolled on the policy sees who is on it (no health data). */
  "family.view": { resource: FamilyResource; actor: "roles" | "personId" };
  /** Add or remove a family member, invite an adult to their own login: the main insured only. */
  "family.manage": { resource: FamilyResource; actor: "roles" | "personId" };
  /** Give, renew or withdraw a consent or power of attorney: only the person themself (ACC-3). */
  "consent.grant": { resource: GrantResource; actor: "roles" | "personId" };
  "consent.withdraw": { resource: GrantResource; actor: "roles" | "personId" };
  /** A handler's enrolments waiting for a decision (health declarations, FAM-3). */
  "enrolment.queue": { resource: undefined; actor: "roles" | "insurerId" };
  /** A handler reads a health declaration and accepts or refuses the enrolment. */
  "enrolment.decide": { resource: { insurerId: string }; actor: "roles" | "insurerId" };
  /** "Do I need pre-approval?" for this person: reads their treatment history (FAM-7). */
  "authorisation.check": { resource: { personId: string }; actor: "roles" | "healthDataSubjects" };
  /** Request a pre-authorisation / guarantee for this person: acting for them (ACC-3: a consent only lets see). */
  "authorisation.create": { resource: { personId: string }; actor: "roles" | "healthDataSubjects" };
  /** Continue a request this member started (its draft, its submit). */
  "authorisation.edit": { resource: { requestedById: string }; actor: "roles" | "userId" };
  /** A member reads a request: list, detail, the GOP letter. */
  "authorisation.read": { resource: MemberAuthorisationResource; actor: "roles" | "userId" | "healthDataSubjects" };
  /** A member answers an information request, writes to the handler or sends an invoice (acting for the person). */
  "authorisation.respond": { resource: MemberAuthorisationResource; actor: "roles" | "userId" | "healthDataSubjects" };
  /** A handler's queue of requests (their insurer's). */
  "authorisation.queue": { resource: undefined; actor: "roles" | "insurerId" };
  /** A handler reads a request and its documents. */
  "authorisation.review": { resource: HandlerClaimResource; actor: "roles" | "insurerId" };
  /** A handler approves, partly approves, refuses, asks for information, settles an invoice, decides a top-up. */
  "authorisation.decide": { resource: HandlerClaimResource; actor: "roles" | "insurerId" };
  /** CLM-5: a member complains about a claim's decision (acting for its person, ACC-3). */
  "complaint.create": { resource: MemberClaimResource; actor: "roles" | "userId" | "healthDataSubjects" };
  /** A handler's open complaints (their insurer's), due in 7 working days. */
  "complaint.queue": { resource: undefined; actor: "roles" | "insurerId" };
  /** A handler upholds or refuses a complaint: not about a decision they made themself. */
  "complaint.decide": { resource: ComplaintResource; actor: "roles" | "userId" | "insurerId" };
  /** Ask for an export of one's data (GDPR art. 15/20): a member with a person (issue 13 point 8). */
  "export.request": { resource: undefined; actor: "roles" | "personId" };
  /** Download an export: only the member who asked for it (it holds the data of everyone they may see). */
  "export.download": { resource: { requestedById: string }; actor: "roles" | "userId" };
  /** Issue 12: an employer admin sees the scheme, the staff list, an import (GRP-1: of their own employer only). */
  "employer.view": { resource: EmployerResource; actor: "roles" | "employerId" | "employerRight" };
  /** Issue 12: a MANAGE admin enrols joiners, de-enrols leavers, imports them, invites admins and gives rights (GRP-2 is the service's). */
  "employer.manage": { resource: EmployerResource; actor: "roles" | "employerId" | "employerRight" };
  /** Issue 12 point 8: a MANAGE admin removes an admin or takes their manage right, never the employer's last one. */
  "employer.admin.revoke": { resource: EmployerAdminResource; actor: "roles" | "employerId" | "employerRight" };
  /** GRP-4: a leaver's continuation offer is seen and accepted by the leaver alone (never their employer, GRP-3). */
  "continuation.view": { resource: { personId: string }; actor: "roles" | "personId" };
  "continuation.accept": { resource: { personId: string }; actor: "roles" | "personId" };
}

export type Action = keyof ActionTable;
export type AreaAction = Extract<Action, `area.${string}`>;
export type ActorFor<A extends Action> = Pick<Actor, ActionTable[A]["actor"]>;
export type ResourceFor<A extends Action> = ActionTable[A]["resource"];
type ResourceArgs<A extends Action> = ResourceFor<A> extends undefined ? [] : [resource: ResourceFor<A>];

/**
 * Why not: a rule id where a business rule says no (FAM-7 someone else's health data, GRP-3 an
 * employer asking for health data), else what is missing.
 */
export type DenialReason =
  | "role" // the action belongs to another role's area
  | "GRP-3" // an employer admin asked for health data
  | "FAM-7" // the person's health data is not the actor's to see
  | "ACC-3" // a consent lets the grantee see, not act; or the grant's scope leaves the documents out; or a grant not by the person themself
  | "not-on-policy" // the member is not on this policy (family overview)
  | "not-main-insured" // only the main insured changes the family
  | "insurer" // a claim of another insurer (or a handler without one)
  | "draft" // someone else's draft (drafts are private to whoever writes them)
  | "owner" // not the uploader / not the member who started the claim
  | "attached" // the document is attached where it may no longer be removed or moved
  | "own-decision" // a complaint goes to someone who did not make the decision (CLM-5)
  | "no-person" // a member account without a person
  | "employer" // another employer's scheme, staff or import (or an admin without an employer)
  | "employer-right" // an admin with the view right (or none) asked to change something
  | "last-manager"; // the employer would be left without a manage admin

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason };

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenialReason): Decision => ({ allowed: false, reason });

/** Each role's area. */
export const AREA_OF_ROLE: Record<Role, AreaAction> = {
  MEMBER: "area.member",
  CLAIMS_HANDLER: "area.handler",
  EMPLOYER_ADMIN: "area.employer",
};

/** An employer admin as the session knows them: enough for the employer actions. */
export function employerActor(user: Pick<CurrentUser, "roles" | "employer">): Pick<Actor, "roles" | "employerId" | "employerRight"> {
  return { roles: user.roles, employerId: user.employer?.id ?? null, employerRight: user.employer?.right };
}

/** The actor's facts that need no database: enough for the area gates. */
export function sessionActor(user: CurrentUser): Pick<Actor, "userId" | "roles" | "personId" | "employerId" | "employerRight"> {
  return { ...employerActor(user), userId: user.userId, personId: user.person?.id ?? null };
}

function hasRole(actor: Pick<Actor, "roles">, role: Role): Decision {
  if (actor.roles.includes(role)) return ALLOW;
  // GRP-3: the employer role opens no member or handler action (its own area aside).
  return deny(actor.roles.includes("EMPLOYER_ADMIN") ? "GRP-3" : "role");
}

/** FAM-7, ACC-3: a member, and the person among the people whose health data they may see. */
function memberHealthData(actor: Pick<Actor, "roles" | "healthDataSubjects">, personId: string | null): Decision {
  const role = hasRole(actor, "MEMBER");
  if (!role.allowed) return role;
  return personId !== null && actor.healthDataSubjects.some((subject) => subject.personId === personId) ? ALLOW : deny("FAM-7");
}

/** ACC-3: a member may act for the person (self, a child below the own-data age, a power of attorney). */
function memberActsFor(actor: Pick<Actor, "roles" | "healthDataSubjects">, personId: string): Decision {
  const sees = memberHealthData(actor, personId);
  if (!sees.allowed) return sees;
  return actor.healthDataSubjects.some((s) => s.personId === personId && ACTING_RELATIONS.has(s.relation)) ? ALLOW : deny("ACC-3");
}

/** A member acts on a claim (answers, writes, adds documents): they may see it and act for its person. */
function memberActsOnClaim(actor: Pick<Actor, "roles" | "userId" | "healthDataSubjects">, claim: MemberClaimResource): Decision {
  const sees = memberClaim(actor, claim);
  return sees.allowed ? memberActsFor(actor, claim.personId) : sees;
}

/** ACC-3: a grant with scope CLAIMS keeps the person's documents (invoices, referrals, reports) closed. */
function documentsInScope(actor: Pick<Actor, "healthDataSubjects">, personId: string): Decision {
  return actor.healthDataSubjects.some((s) => s.personId === personId && s.scope === "CLAIMS") ? deny("ACC-3") : ALLOW;
}

/** A member account with a person of its own (staff accounts and a member without a person have no data). */
function memberWithPerson(actor: Pick<Actor, "roles" | "personId">): Decision {
  const role = hasRole(actor, "MEMBER");
  if (!role.allowed) return role;
  return actor.personId ? ALLOW : deny("no-person");
}

/** A member on the policy; for managing it, its main insured. */
function familyMember(actor: Pick<Actor, "roles" | "personId">, family: FamilyResource, manage: boolean): Decision {
  const role = hasRole(actor, "MEMBER");
  if (!role.allowed) return role;
  if (actor.personId === null || !family.activePersonIds.includes(actor.personId)) return deny("not-on-policy");
  return manage && family.mainPersonId !== actor.personId ? deny("not-main-insured") : ALLOW;
}

/** A member acting as the person themself (no one acting for them may). */
function memberIsPerson(actor: Pick<Actor, "roles" | "personId">, personId: string, otherwise: DenialReason): Decision {
  const role = hasRole(actor, "MEMBER");
  if (!role.allowed) return role;
  return actor.personId !== null && actor.personId === personId ? ALLOW : deny(otherwise);
}

/** ACC-3: a consent or power of attorney is given, renewed and withdrawn by the person themself. */
function ownGrant(actor: Pick<Actor, "roles" | "personId">, grant: GrantResource): Decision {
  return memberIsPerson(actor, grant.grantorPersonId, "ACC-3");
}

/** A handler with an insurer, on a record of that insurer (or, without a record, their queue). */
function handlerOfInsurer(actor: Pick<Actor, "roles" | "insurerId">, insurerId?: string): Decision {
  const role = hasRole(actor, "CLAIMS_HANDLER");
  if (!role.allowed) return role;
  if (actor.insurerId === null) return deny("insurer");
  return insurerId === undefined || insurerId === actor.insurerId ? ALLOW : deny("insurer");
}

/** GRP-1: an employer admin works on their own employer's scheme only, with a right on it; changes need MANAGE. */
function adminOfEmployer(actor: Pick<Actor, "roles" | "employerId" | "employerRight">, resource: EmployerResource, manage: boolean): Decision {
  const role = hasRole(actor, "EMPLOYER_ADMIN");
  if (!role.allowed) return role;
  if (actor.employerId === null || actor.employerId !== resource.employerId) return deny("employer");
  if (!actor.employerRight) return deny("employer-right");
  return manage && actor.employerRight !== "MANAGE" ? deny("employer-right") : ALLOW;
}

/** A member sees a claim of someone whose health data they may see; a draft only if they write it. */
function memberClaim(actor: Pick<Actor, "roles" | "userId" | "healthDataSubjects">, claim: MemberClaimResource): Decision {
  const person = memberHealthData(actor, claim.personId);
  if (!person.allowed) return person;
  return claim.status === "DRAFT" && claim.submittedById !== actor.userId ? deny("draft") : ALLOW;
}

/** A member sees a request of someone whose health data they may see; a draft only if they write it. */
function memberAuthorisation(actor: Pick<Actor, "roles" | "userId" | "healthDataSubjects">, request: MemberAuthorisationResource): Decision {
  return memberClaim(actor, { personId: request.personId, status: request.status, submittedById: request.requestedById });
}

/** A handler works on the submitted claims of their own insurer. */
function handlerClaim(actor: Pick<Actor, "roles" | "insurerId">, claim: HandlerClaimResource): Decision {
  const role = hasRole(actor, "CLAIMS_HANDLER");
  if (!role.allowed) return role;
  if (actor.insurerId === null || actor.insurerId !== claim.insurerId) return deny("insurer");
  return claim.status === "DRAFT" ? deny("draft") : ALLOW;
}

/** Either side of a claim: the member side for members, else the handler side. */
function eitherSide(actor: Pick<Actor, "roles" | "userId" | "healthDataSubjects" | "insurerId">, claim: ClaimResource): Decision {
  const asMember = memberClaim(actor, claim);
  if (asMember.allowed) return asMember;
  const asHandler = handlerClaim(actor, claim);
  if (asHandler.allowed) return asHandler;
  return actor.roles.includes("MEMBER") || !actor.roles.includes("CLAIMS_HANDLER") ? asMember : asHandler;
}

/**
 * How the actor may read a document, or null:
 * - "handler": a handler of the insurer behind the claim it is attached to;
 * - "owner": the uploader, while it is unattached (and, if it names a person, while they may see
 *   that person's data), or attached to a claim they may see (a child who turned 18 closes it);
 * - "member": another member who may see the claim (e.g. the other parent).
 */
export type DocumentAccess = "handler" | "owner" | "member";

function documentRead(actor: ActorFor<"document.read">, doc: DocumentResource): { decision: Decision; access: DocumentAccess | null } {
  if (doc.claim) {
    if (handlerClaim(actor, doc.claim).allowed) return { decision: ALLOW, access: "handler" };
    const seen = eitherSide(actor, doc.claim);
    const decision = seen.allowed ? documentsInScope(actor, doc.claim.personId) : seen;
    return decision.allowed ? { decision, access: doc.ownerUserId === actor.userId ? "owner" : "member" } : { decision, access: null };
  }
  // Unattached, or attached to something else (a pre-authorisation request, a message): the owner's.
  const role = hasRole(actor, "MEMBER");
  if (!role.allowed) return { decision: role, access: null };
  if (doc.ownerUserId !== actor.userId) return { decision: deny("owner"), access: null };
  if (doc.personId !== null) {
    const person = memberHealthData(actor, doc.personId);
    if (!person.allowed) return { decision: person, access: null };
  }
  return { decision: ALLOW, access: "owner" };
}

/** documentRead's "how", for the download's audit entry and its inline/attachment choice. */
export function documentAccess(actor: ActorFor<"document.read">, doc: DocumentResource): DocumentAccess | null {
  return documentRead(actor, doc).access;
}

/** GRP-4: the offer is the leaver's own; a main insured, a grant holder or the employer does not act on it. */
function ownOffer(actor: Pick<Actor, "roles" | "personId">, offer: { personId: string }): Decision {
  return memberIsPerson(actor, offer.personId, "owner");
}

type Deciders = { [A in Action]: (actor: ActorFor<A>, resource: ResourceFor<A>) => Decision };

const DECIDERS: Deciders = {
  "area.account": () => ALLOW,
  "area.member": (actor) => hasRole(actor, "MEMBER"),
  "area.handler": (actor) => hasRole(actor, "CLAIMS_HANDLER"),
  "area.employer": (actor) => hasRole(actor, "EMPLOYER_ADMIN"),
  "provider.search": memberWithPerson,

  "claim.create": (actor, claim) => memberActsFor(actor, claim.personId),
  "claim.edit": (actor, claim) => {
    const role = hasRole(actor, "MEMBER");
    if (!role.allowed) return role;
    return claim.submittedById === actor.userId ? ALLOW : deny("owner");
  },
  "claim.read": memberClaim,
  "claim.respond": memberActsOnClaim,
  "claim.message": memberActsOnClaim,

  "claim.queue": (actor) => handlerOfInsurer(actor),
  "claim.review": handlerClaim,
  "claim.decide": handlerClaim,
  "claim.request_information": handlerClaim,
  "claim.message_member": handlerClaim,

  "settlement.read": eitherSide,

  "document.upload": (actor, { claim }) => (claim ? memberActsOnClaim(actor, claim) : hasRole(actor, "MEMBER")),
  "document.read": (actor, doc) => documentRead(actor, doc).decision,
  "document.preview": (actor, doc) => {
    const { decision, access } = documentRead(actor, doc);
    if (!decision.allowed) return decision;
    return access === "handler" || access === "owner" ? ALLOW : deny("owner");
  },
  "document.delete": (actor, doc) => {
    const role = hasRole(actor, "MEMBER");
    if (!role.allowed) return role;
    if (doc.ownerUserId !== actor.userId) return deny("owner");
    if (doc.authorisationId !== null || doc.messageId !== null) return deny("attached");
    // A submitted claim's documents are evidence: only a draft's uploads can still go.
    if (doc.claim && !(doc.claim.status === "DRAFT" && doc.claim.submittedById === actor.userId)) return deny("attached");
    return ALLOW;
  },
  "document.attach": (actor, doc) => {
    if (doc.ownerUserId !== actor.userId) return deny("owner");
    if ((doc.claimId !== null && doc.claimId !== doc.targetClaimId) || doc.authorisationId !== null || doc.messageId !== null) return deny("attached");
    return ALLOW;
  },

  "family.view": (actor, family) => familyMember(actor, family, false),
  "family.manage": (actor, family) => familyMember(actor, family, true),
  "consent.grant": ownGrant,
  "consent.withdraw": ownGrant,
  "enrolment.queue": (actor) => handlerOfInsurer(actor),
  "enrolment.decide": (actor, { insurerId }) => handlerOfInsurer(actor, insurerId),

  "authorisation.check": (actor, request) => memberHealthData(actor, request.personId),
  "authorisation.create": (actor, request) => memberActsFor(actor, request.personId),
  "authorisation.edit": (actor, request) => {
    const role = hasRole(actor, "MEMBER");
    if (!role.allowed) return role;
    return request.requestedById === actor.userId ? ALLOW : deny("owner");
  },
  "authorisation.read": memberAuthorisation,
  "authorisation.respond": (actor, request) => {
    const read = memberAuthorisation(actor, request);
    return read.allowed ? memberActsFor(actor, request.personId) : read;
  },
  "authorisation.queue": (actor) => handlerOfInsurer(actor),
  "authorisation.review": handlerClaim,
  "authorisation.decide": handlerClaim,

  "complaint.create": memberActsOnClaim,
  "complaint.queue": (actor) => handlerOfInsurer(actor),
  "complaint.decide": (actor, complaint) => {
    const handler = handlerClaim(actor, complaint);
    if (!handler.allowed) return handler;
    return complaint.decidedById === actor.userId ? deny("own-decision") : ALLOW;
  },
  "export.request": memberWithPerson,
  "export.download": (actor, dataExport) => {
    const role = hasRole(actor, "MEMBER");
    if (!role.allowed) return role;
    return dataExport.requestedById === actor.userId ? ALLOW : deny("owner");
  },

  "employer.view": (actor, resource) => adminOfEmployer(actor, resource, false),
  "employer.manage": (actor, resource) => adminOfEmployer(actor, resource, true),
  "employer.admin.revoke": (actor, admin) => {
    const manager = adminOfEmployer(actor, admin, true);
    if (!manager.allowed) return manager;
    return admin.right === "MANAGE" && admin.manageAdmins <= 1 ? deny("last-manager") : ALLOW;
  },

  "continuation.view": ownOffer,
  "continuation.accept": ownOffer,
};

/** Every action, for tests that go through all of them. */
export const ACTIONS = Object.keys(DECIDERS) as Action[];

/** The decision with its reason (for the message a refusal shows, and for tests). */
export function decide<A extends Action>(actor: ActorFor<A>, action: A, ...resource: ResourceArgs<A>): Decision {
  const decider = DECIDERS[action] as (actor: ActorFor<A>, resource: ResourceFor<A> | undefined) => Decision;
  return decider(actor, resource[0]);
}

/** May the actor do the action (on the resource)? */
export function can<A extends Action>(actor: ActorFor<A>, action: A, ...resource: ResourceArgs<A>): boolean {
  return decide(actor, action, ...resource).allowed;
}
