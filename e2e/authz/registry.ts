/**
 * THE AUTHORISATION MATRIX REGISTRY (docs/features/authorisation-matrix.md).
 *
 * Every page (app/**\/page.tsx), route handler method (app/**\/route.ts) and server action (the
 * build's server-reference manifest) must have an entry here; e2e/authz.spec.ts finds them in the
 * code and FAILS for any without one. An entry says, per role and (for [param] routes) per record,
 * what must happen: "ok" (allowed: the test checks it answers), "refused" (404/403/401 or a
 * redirect to /login, no secret of the record in the body, and no write to the database), or
 * "any" (public, or allowed with an outcome that depends on the record's state).
 *
 * Roles (demo accounts, lib/db/seed/demo-data.ts): member = Mette (main insured, children),
 * coInsured = Lars (adult co-insured spouse, FAM-7), otherFamily = Anders (another policy),
 * employer = Hanne (employer admin, also a member of the group scheme), handler = Karin, signedOut.
 * Records (e2e/authz/records.ts): claims, documents, authorisations and persons of Mette and Lars.
 */
export type Role = "member" | "coInsured" | "otherFamily" | "employer" | "handler" | "signedOut";
export const ROLES: Role[] = ["member", "coInsured", "otherFamily", "employer", "handler", "signedOut"];
export type Outcome = "ok" | "refused" | "any";
export type RecordKind = "claim" | "document" | "authorisation" | "person" | "employee" | "employerAdmin";

/** A record the matrix requests by id, with whose it is. */
export interface MatrixRecord {
  key: string;
  kind: RecordKind;
  id: string;
  /** The member roles whose (health) data this is: they may read it. */
  subjects: Role[];
  /** The member role who created it (drafts, uploads). */
  owner: Role;
  /** The claims handler may work on it (submitted, of their insurer). */
  handlerMay: boolean;
  state: string;
  /** Whose health data it is (claims, documents, authorisations, persons). */
  personId: string;
  /** Text that must not appear in a refused answer (claim number, reference, name). */
  secret?: string;
}

export type Rule = (role: Role, record?: MatrixRecord) => Outcome;
export interface Entry {
  rule: Rule;
  /** The [param] segments and which kind of record fills each. */
  params?: Record<string, RecordKind>;
}
export interface ActionEntry extends Entry {
  /** The action's input; a record's id goes where the action takes one. Omitted: `{}`. */
  payload?: (record?: MatrixRecord) => Record<string, unknown>;
  /** Which kind of record the payload carries (one attempt per record). */
  record?: RecordKind;
}

// ---------------------------------------------------------------------------------- rules
export const MEMBER_AREA: Role[] = ["member", "coInsured", "otherFamily", "employer"];
const SIGNED_IN: Role[] = [...MEMBER_AREA, "handler"];

/** Anyone, signed in or not (sign-in, activation, next-auth's own endpoints). */
export const open: Rule = () => "any";
/** Exactly these roles; everyone else is refused. */
export const only =
  (...roles: Role[]): Rule =>
  (role) =>
    roles.includes(role) ? "ok" : "refused";
export const signedIn = only(...SIGNED_IN);
/** A member whose data the record is; `when` narrows "ok" to a state (else "any"). */
export const subjectOf =
  (when: (record: MatrixRecord) => boolean = () => true): Rule =>
  (role, record) =>
    record && record.subjects.includes(role) ? (when(record) ? "ok" : "any") : "refused";
/** Only the member who created it (drafts, unattached uploads). */
export const ownerOf =
  (when: (record: MatrixRecord) => boolean = () => true): Rule =>
  (role, record) =>
    record && record.owner === role ? (when(record) ? "ok" : "any") : "refused";
/** The claims handler, for records of their insurer that are not drafts. */
export const handlerOf: Rule = (role, record) => (role === "handler" && record?.handlerMay ? "ok" : "refused");
/** Either side: a subject member or the handler. */
export const subjectOrHandler =
  (when: (record: MatrixRecord) => boolean = () => true): Rule =>
  (role, record) => {
    if (role !== "handler") return subjectOf(when)(role, record);
    if (handlerOf(role, record) === "refused") return "refused";
    return record && when(record) ? "ok" : "any";
  };
/** These roles get in, with an answer that depends on the record or its state; everyone else is refused. */
export const within =
  (...roles: Role[]): Rule =>
  (role) =>
    roles.includes(role) ? "any" : "refused";
/** A state-changing action: only refusals are attempted (an allowed call would change the demo data). */
export const writeBy = (rule: Rule): Rule => (role, record) => (rule(role, record) === "refused" ? "refused" : "any");

/** Issue 12: an employee (or an admin) of an employer — only the admin of that employer (state "own-employer") reaches it. */
export const employerOf: Rule = (role, record) => (role === "employer" && record?.state === "own-employer" ? "ok" : "refused");

const decided = (record: MatrixRecord) => ["DECIDED", "PAID"].includes(record.state);
const draft = (record: MatrixRecord) => record.state === "DRAFT";

// ---------------------------------------------------------------------------------- pages
export const PAGES: Record<string, Entry> = {
  "/": { rule: open },
  "/login": { rule: open },
  "/activate": { rule: open },
  "/reset-password": { rule: open },
  "/reset-password/[token]": { rule: open, params: {} },
  "/account/password": { rule: signedIn },
  "/member": { rule: only(...MEMBER_AREA) },
  "/member/claims": { rule: only(...MEMBER_AREA) },
  "/member/cover": { rule: only(...MEMBER_AREA) },
  "/member/providers": { rule: only(...MEMBER_AREA) },
  "/member/claims/new": { rule: only(...MEMBER_AREA) },
  "/member/claims/[id]": { rule: subjectOf(), params: { id: "claim" } },
  "/member/claims/[id]/edit": { rule: ownerOf(draft), params: { id: "claim" } },
  "/member/claims/[id]/settlement": { rule: subjectOf(decided), params: { id: "claim" } },
  "/handler": { rule: only("handler") },
  "/handler/claims/[id]": { rule: handlerOf, params: { id: "claim" } },
  "/employer": { rule: only("employer") },
  // Employer area (issue 12): Hanne reaches Fjordværk's staff, never Kystbyg's (GRP-1).
  "/employer/staff": { rule: only("employer") },
  "/employer/staff/new": { rule: only("employer") },
  "/employer/staff/[enrolmentId]/leave": { rule: employerOf, params: { enrolmentId: "employee" } },
  "/employer/import": { rule: only("employer") },
  "/employer/import/[id]": { rule: within("employer"), params: {} },
  "/employer/reconciliation": { rule: only("employer") },
  // Issue 12 point 8: the admins and the change history of the admin's own employer (no id to reach another's).
  "/employer/admins": { rule: only("employer") },
  "/employer/history": { rule: only("employer") },
  // The token is the proof: a probe token shows "not valid" to anyone.
  "/employer-invitation/[token]": { rule: open, params: {} },
  "/member/profile": { rule: only(...MEMBER_AREA) },
  "/member/documents": { rule: only(...MEMBER_AREA) },
  "/member/access-log": { rule: only(...MEMBER_AREA) },
  // Family (issue 10): who may manage depends on the enrolment (main insured), so "any" inside.
  "/member/family": { rule: within(...MEMBER_AREA) },
  "/member/family/add": { rule: within(...MEMBER_AREA) },
  "/member/family/consents": { rule: within(...MEMBER_AREA) },
  "/member/family/end/[enrolmentId]": { rule: within(...MEMBER_AREA), params: {} },
  "/handler/enrolments": { rule: only("handler") },
  "/handler/enrolments/[id]": { rule: within("handler"), params: {} },
  // Guarantees of payment and pre-authorisations (issue 11).
  "/member/authorisations": { rule: only(...MEMBER_AREA) },
  "/member/authorisations/new": { rule: within(...MEMBER_AREA) },
  "/member/authorisations/check": { rule: within(...MEMBER_AREA) },
  "/member/authorisations/[id]": { rule: subjectOf(), params: { id: "authorisation" } },
  "/handler/authorisations": { rule: only("handler") },
  "/handler/authorisations/[id]": { rule: handlerOf, params: { id: "authorisation" } },
  // Membership card (ACC-2): the public check of a card's token, and the member's cards.
  "/card/[token]": { rule: open, params: {} },
  "/member/card": { rule: within(...MEMBER_AREA) },
  // Export my data (issue 13 point 8): the page, the ZIP of the member who asked for it, the request.
  "/member/export": { rule: only(...MEMBER_AREA) },
  // Issue 12 point 6 (GRP-4): a leaver's continuation offer; a member without one sees that they have none.
  "/member/continuation": { rule: only(...MEMBER_AREA) },
};

// ---------------------------------------------------------------------------------- route handlers
export const ROUTES: Record<string, Entry> = {
  "GET /api/health": { rule: open },
  "GET /employer/reconciliation/csv": { rule: only("employer") },
  "GET /employer/reconciliation/pdf": { rule: only("employer") },
  "GET /api/auth/[...nextauth]": { rule: open, params: {} },
  "POST /api/auth/[...nextauth]": { rule: open, params: {} },
  "GET /api/providers": { rule: only(...MEMBER_AREA) },
  "POST /api/documents": { rule: writeBy(only(...MEMBER_AREA)) },
  // Point 8: a document on a member's unsubmitted draft is the member's alone (handler: 404).
  "GET /api/documents/[id]": { rule: (role, record) => (record?.state === "unattached" || record?.state === "DRAFT" ? ownerOf()(role, record) : subjectOrHandler()(role, record)), params: { id: "document" } },
  "DELETE /api/documents/[id]": { rule: writeBy(ownerOf((record) => record.state === "unattached" || record.state === "DRAFT")), params: { id: "document" } },
  "GET /api/claims/[id]/settlement-note": { rule: subjectOrHandler(decided), params: { id: "claim" } },
  "GET /api/member/card/[personId]": { rule: subjectOf(() => false), params: { personId: "person" } },
  "GET /member/authorisations/[id]/letter": { rule: subjectOf(() => false), params: { id: "authorisation" } },
  "GET /handler/authorisations/[id]/documents/[documentId]": { rule: (role, record) => (handlerOf(role, record) === "ok" ? "any" : "refused"), params: { id: "authorisation" } },
  "GET /api/member/export/[id]": { rule: within(...MEMBER_AREA), params: {} },
};

// ---------------------------------------------------------------------------------- server actions
// Keyed "<file>#<export>" as in .next/server/server-reference-manifest.json.
const claimId = (record?: MatrixRecord) => ({ claimId: record?.id });
const authorisationId = (record?: MatrixRecord) => ({ authorisationId: record?.id });
const probe = "authz matrix probe";

export const ACTIONS: Record<string, ActionEntry> = {
  "lib/i18n/set-locale-action.ts#setLocaleAction": { rule: open },
  "lib/auth/actions/login.ts#loginAction": { rule: open },
  "lib/auth/actions/activate.ts#activateAction": { rule: open },
  "lib/auth/actions/password-reset.ts#requestResetAction": { rule: open },
  "lib/auth/actions/password-reset.ts#resetPasswordAction": { rule: open },
  "lib/auth/actions/logout.ts#logoutAction": { rule: writeBy(signedIn) },
  "lib/auth/actions/change-password.ts#changePasswordAction": {
    rule: writeBy(signedIn),
    payload: () => ({ currentPassword: "Demo-Portal-2026", newPassword: "Matrix-Probe-2026!", confirmPassword: "Matrix-Probe-2026!" }),
  },
  "lib/claims/member/actions/message.ts#postClaimMessageAction": { rule: writeBy(subjectOf()), record: "claim", payload: (r) => ({ ...claimId(r), body: probe }) },
  "lib/claims/member/actions/respond.ts#respondToInformationRequestAction": { rule: writeBy(subjectOf()), record: "claim", payload: (r) => ({ ...claimId(r), documents: [], message: probe }) },
  "lib/claims/member/actions/save-draft.ts#saveClaimDraftAction": { rule: writeBy(ownerOf()), record: "claim", payload: (r) => ({ draftId: r?.id, idempotencyKey: crypto.randomUUID(), personId: r?.personId, lines: [] }) },
  "lib/claims/member/actions/submit-claim.ts#submitClaimAction": { rule: writeBy(ownerOf()), record: "claim", payload: (r) => ({ draftId: r?.id, idempotencyKey: crypto.randomUUID(), personId: r?.personId, lines: [] }) },
  "lib/claims/review/actions.ts#decideClaimAction": { rule: writeBy(handlerOf), record: "claim", payload: (r) => ({ ...claimId(r), lines: [{ lineId: crypto.randomUUID(), decision: "approve" }] }) },
  "lib/claims/review/actions.ts#rejectClaimAction": { rule: writeBy(handlerOf), record: "claim", payload: (r) => ({ ...claimId(r), ruleId: "CLM-1", reason: probe }) },
  "lib/claims/review/actions.ts#requestInformationAction": { rule: writeBy(handlerOf), record: "claim", payload: (r) => ({ ...claimId(r), ruleId: "CLM-4", text: probe }) },
  "lib/claims/review/actions.ts#postHandlerMessageAction": { rule: writeBy(handlerOf), record: "claim", payload: (r) => ({ ...claimId(r), body: probe }) },
  "lib/claims/review/workflow-actions.ts#recordRefundPaidAction": { rule: writeBy(handlerOf), record: "claim", payload: claimId },
  "lib/claims/review/workflow-actions.ts#assignClaimAction": { rule: writeBy(handlerOf), record: "claim", payload: claimId },
  "lib/claims/review/workflow-actions.ts#confirmAcuteIllnessAction": { rule: writeBy(handlerOf), record: "claim", payload: (r) => ({ ...claimId(r), note: probe }) },
  // Issue 14 point 8 (CLM-5): a complaint about a decided claim; its decision by a handler.
  "lib/claims/member/actions/complaint.ts#submitComplaintAction": {
    rule: writeBy(subjectOf()),
    record: "claim",
    payload: (r) => ({ ...claimId(r), idempotencyKey: crypto.randomUUID(), reason: probe, documents: [] }),
  },
  "lib/claims/review/complaint-actions.ts#decideComplaintAction": { rule: writeBy(only("handler")), payload: () => ({ complaintId: crypto.randomUUID(), outcome: "REFUSED", reasons: probe }) },
  "lib/authorisations/member/actions.ts#saveRequestDraftAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/authorisations/member/actions.ts#submitRequestAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/authorisations/member/actions.ts#respondToRequestAction": { rule: writeBy(subjectOf()), record: "authorisation", payload: (r) => ({ ...authorisationId(r), message: probe, documents: [] }) },
  "lib/authorisations/member/actions.ts#postRequestMessageAction": { rule: writeBy(subjectOf()), record: "authorisation", payload: (r) => ({ ...authorisationId(r), body: probe }) },
  "lib/authorisations/member/actions.ts#submitMemberInvoiceAction": { rule: writeBy(subjectOf()), record: "authorisation", payload: authorisationId },
  "lib/authorisations/review/actions.ts#decideRequestAction": { rule: writeBy(handlerOf), record: "authorisation", payload: (r) => ({ ...authorisationId(r), decision: "reject", reason: probe }) },
  "lib/authorisations/review/actions.ts#requestRequestInformationAction": { rule: writeBy(handlerOf), record: "authorisation", payload: (r) => ({ ...authorisationId(r), text: probe }) },
  "lib/authorisations/review/actions.ts#postHandlerRequestMessageAction": { rule: writeBy(handlerOf), record: "authorisation", payload: (r) => ({ ...authorisationId(r), body: probe }) },
  "lib/authorisations/review/actions.ts#settleInvoiceAction": { rule: writeBy(handlerOf), record: "authorisation", payload: authorisationId },
  "lib/family/actions/add-member.ts#addFamilyMemberAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/family/actions/end-cover.ts#endCoverAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/family/actions/grants.ts#giveGrantAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/family/actions/grants.ts#renewGrantAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/family/actions/grants.ts#withdrawGrantAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/family/actions/invite.ts#inviteAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/family/actions/decide-enrolment.ts#decideEnrolmentAction": { rule: writeBy(only("handler")) },
  "lib/profile/actions/change-refund-account.ts#changeRefundAccountAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/export/actions/request-export.ts#requestExportAction": { rule: writeBy(only(...MEMBER_AREA)) },
  "lib/employer/actions/joiner.ts#joinerAction": {
    rule: writeBy(only("employer")),
    payload: () => ({ firstName: "Probe", lastName: "Matrix", birthDate: "1990-01-01", employeeNumber: "PROBE1", startDate: new Date().toISOString().slice(0, 10), intent: "confirm" }),
  },
  "lib/employer/actions/leaver.ts#leaverAction": {
    rule: writeBy(employerOf), record: "employee",
    payload: (r) => ({ enrolmentId: r?.id, employmentEndDate: new Date().toISOString().slice(0, 10), reason: "employment_ended", intent: "confirm" }),
  },
  "lib/employer/actions/import.ts#uploadImportAction": { rule: writeBy(only("employer")), payload: () => ({ fileName: "probe.csv", file: Buffer.from("handling;medarbejdernummer;dato\n").toString("base64") }) },
  "lib/employer/actions/import.ts#confirmImportAction": { rule: writeBy(only("employer")), payload: () => ({ importId: crypto.randomUUID() }) },
  // Issue 12 point 8: Hanne changing or removing Kystbyg's admin is refused (can() on the admin row as loaded).
  "lib/employer/actions/admins.ts#inviteAdminAction": { rule: writeBy(only("employer")), payload: () => ({ email: "matrix.probe@example.test", right: "VIEW" }) },
  "lib/employer/actions/admins.ts#changeAdminRightAction": { rule: writeBy(employerOf), record: "employerAdmin", payload: (r) => ({ adminId: r?.id, right: "VIEW" }) },
  "lib/employer/actions/admins.ts#removeAdminAction": { rule: writeBy(employerOf), record: "employerAdmin", payload: (r) => ({ adminId: r?.id }) },
  // The token is the proof: a probe token is refused for anyone (nothing written).
  "lib/employer/actions/accept-invitation.ts#acceptInvitationNewAction": { rule: open, payload: () => ({ token: "matrix-probe-token-000000000000", displayName: "Probe", password: "Matrix-Probe-2026", confirmPassword: "Matrix-Probe-2026" }) },
  "lib/employer/actions/accept-invitation.ts#acceptInvitationExistingAction": { rule: writeBy(signedIn), payload: () => ({ token: "matrix-probe-token-000000000000" }) },
  // GRP-4: only the leaver accepts their own offer (can() on the loaded offer; another's id answers "not found").
  "lib/continuation/actions/accept.ts#acceptContinuationAction": { rule: writeBy(only(...MEMBER_AREA)), payload: () => ({ offerId: crypto.randomUUID() }) },
};
