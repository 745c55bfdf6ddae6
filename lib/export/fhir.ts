import { createHash } from "node:crypto";
import type { Bundle, BundleEntry, Claim, ClaimResponse, CodeableConcept, Coverage, ExplanationOfBenefit, Money, Organization, Patient, Reference, Resource } from "@medplum/fhirtypes";
import type { ExportClaim, ExportClaimLine, ExportData, ExportEnrolment, ExportPerson } from "./types";

/**
 * The export's FHIR R4 Bundle (type "collection"): a Patient per person, a Coverage per
 * enrolment, a Claim per claim, and for decided claims a ClaimResponse and an
 * ExplanationOfBenefit. Pure; `fhir-validate.ts` checks the result against the R4 definitions.
 * Amounts: integer øre become FHIR Money in kroner (decimal). References are `urn:uuid:` full
 * URLs inside the bundle.
 */
const SYSTEM = {
  memberNumber: "urn:member-portal:member-number",
  policyNumber: "urn:member-portal:policy-number",
  claimNumber: "urn:member-portal:claim-number",
  settlementNumber: "urn:member-portal:settlement-number",
  relationship: "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
  coverageClass: "http://terminology.hl7.org/CodeSystem/coverage-class",
  claimType: "http://terminology.hl7.org/CodeSystem/claim-type",
  priority: "http://terminology.hl7.org/CodeSystem/processpriority",
  adjudication: "http://terminology.hl7.org/CodeSystem/adjudication",
  paymentType: "http://terminology.hl7.org/CodeSystem/ex-paymenttype",
} as const;

/** A stable UUID for a resource derived from another (a claim's response and explanation), so a re-export names them alike. */
export function derivedUuid(kind: string, id: string): string {
  const hex = createHash("sha256").update(`${kind}:${id}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const urn = (id: string) => `urn:uuid:${id}`;
const ref = <T extends Resource>(id: string): Reference<T> => ({ reference: urn(id) });
const money = (minor: number, currency: string): Money => ({ value: minor / 100, currency: currency as Money["currency"] });
const coding = (system: string, code: string): CodeableConcept => ({ coding: [{ system, code }] });
const entry = (resource: Resource & { id: string }): BundleEntry => ({ fullUrl: urn(resource.id), resource });

const RELATIONSHIP: Record<string, string> = { MAIN: "self", EMPLOYEE: "self", SPOUSE: "spouse", PARTNER: "common", CHILD: "child", PARENT: "parent" };
const COVERAGE_STATUS: Record<string, Coverage["status"]> = { ACTIVE: "active", PENDING: "draft", REFUSED: "cancelled", ENDED: "cancelled" };

export function patientOf(person: ExportPerson): Patient & { id: string } {
  const patient: Patient & { id: string } = {
    resourceType: "Patient",
    id: person.id,
    identifier: [{ system: SYSTEM.memberNumber, value: person.memberNumber }],
    name: [{ family: person.lastName, given: [person.firstName] }],
    birthDate: person.birthDate,
  };
  const telecom = [
    ...(person.email ? [{ system: "email" as const, value: person.email }] : []),
    ...(person.phone ? [{ system: "phone" as const, value: person.phone }] : []),
  ];
  if (telecom.length) patient.telecom = telecom;
  const address = person.address;
  if (address && (address.line || address.city || address.postalCode)) {
    patient.address = [{ ...(address.line ? { line: [address.line] } : {}), ...(address.city ? { city: address.city } : {}), ...(address.postalCode ? { postalCode: address.postalCode } : {}), country: address.country }];
  }
  return patient;
}

export function coverageOf(enrolment: ExportEnrolment): Coverage & { id: string } {
  const { policy } = enrolment;
  const ended = policy.status === "ENDED" && enrolment.status === "ACTIVE";
  const end = enrolment.endDate ?? policy.endDate;
  return {
    resourceType: "Coverage",
    id: enrolment.id,
    identifier: [{ system: SYSTEM.policyNumber, value: policy.number }],
    status: ended ? "cancelled" : (COVERAGE_STATUS[enrolment.status] ?? "active"),
    beneficiary: ref(enrolment.personId),
    relationship: coding(SYSTEM.relationship, RELATIONSHIP[enrolment.role] ?? "other"),
    period: { start: enrolment.startDate, ...(end ? { end } : {}) },
    payor: [{ display: policy.insurer }],
    class: [{ type: coding(SYSTEM.coverageClass, "plan"), value: policy.number, name: policy.plan }],
  };
}

const claimType = (claim: ExportClaim) => coding(SYSTEM.claimType, claim.lines.some((l) => l.setting !== "OUT_PATIENT") ? "institutional" : "professional");
const providerOf = (claim: ExportClaim): Reference<Organization> => ({ display: claim.lines[0]?.providerName ?? "—" });
const decided = (claim: ExportClaim) => claim.status === "DECIDED" || claim.status === "PAID";

function insuranceOf(claim: ExportClaim, enrolments: readonly ExportEnrolment[]): { sequence: number; focal: boolean; coverage: Reference<Coverage> } {
  const enrolment = enrolments.find((e) => e.personId === claim.personId && e.policy.id === claim.policyId);
  return { sequence: 1, focal: true, coverage: enrolment ? ref<Coverage>(enrolment.id) : { display: claim.policyId } };
}

function claimOf(claim: ExportClaim, enrolments: readonly ExportEnrolment[]): Claim & { id: string } {
  return {
    resourceType: "Claim",
    id: claim.id,
    identifier: [{ system: SYSTEM.claimNumber, value: claim.number }],
    status: claim.status === "DRAFT" ? "draft" : claim.status === "WITHDRAWN" ? "cancelled" : "active",
    type: claimType(claim),
    use: "claim",
    patient: ref(claim.personId),
    created: claim.submittedAt ?? claim.createdAt,
    provider: providerOf(claim),
    priority: coding(SYSTEM.priority, "normal"),
    insurance: [insuranceOf(claim, enrolments)],
    ...(claim.diagnosis ? { diagnosis: [{ sequence: 1, diagnosisCodeableConcept: { text: claim.diagnosis } }] } : {}),
    item: claim.lines.map((line) => ({
      sequence: line.lineNo,
      productOrService: { text: line.category },
      servicedDate: line.treatmentDate,
      quantity: { value: line.quantity },
      net: money(line.amountMinor, claim.currency),
    })),
    total: money(claim.claimedTotalMinor, claim.currency),
  };
}

/** The line's adjudication: what was asked, what was eligible, what is paid (each only when known). */
function adjudicationOf(line: ExportClaimLine, currency: string) {
  return [
    { category: coding(SYSTEM.adjudication, "submitted"), amount: money(line.amountMinor, currency) },
    ...(line.eligibleMinor !== null ? [{ category: coding(SYSTEM.adjudication, "eligible"), amount: money(line.eligibleMinor, currency) }] : []),
    { category: coding(SYSTEM.adjudication, "benefit"), amount: money(line.payableMinor ?? 0, currency), ...(line.outcome ? { reason: { text: line.outcome } } : {}) },
  ];
}

function totalsOf(claim: ExportClaim) {
  return [
    { category: coding(SYSTEM.adjudication, "submitted"), amount: money(claim.claimedTotalMinor, claim.currency) },
    { category: coding(SYSTEM.adjudication, "benefit"), amount: money(claim.payableTotalMinor ?? 0, claim.currency) },
  ];
}

function paymentOf(claim: ExportClaim) {
  if (!claim.paidAt) return {};
  return { payment: { type: coding(SYSTEM.paymentType, "complete"), date: claim.paidAt.slice(0, 10), amount: money(claim.payableTotalMinor ?? 0, claim.currency) } };
}

function claimResponseOf(claim: ExportClaim, insurer: string): ClaimResponse & { id: string } {
  return {
    resourceType: "ClaimResponse",
    id: derivedUuid("ClaimResponse", claim.id),
    ...(claim.settlement ? { identifier: [{ system: SYSTEM.settlementNumber, value: claim.settlement.number }] } : {}),
    status: "active",
    type: claimType(claim),
    use: "claim",
    patient: ref(claim.personId),
    created: claim.decidedAt ?? claim.createdAt,
    insurer: { display: insurer },
    request: ref(claim.id),
    outcome: "complete",
    item: claim.lines.map((line) => ({ itemSequence: line.lineNo, adjudication: adjudicationOf(line, claim.currency) })),
    total: totalsOf(claim),
    ...paymentOf(claim),
  };
}

function explanationOf(claim: ExportClaim, insurer: string, enrolments: readonly ExportEnrolment[]): ExplanationOfBenefit & { id: string } {
  return {
    resourceType: "ExplanationOfBenefit",
    id: derivedUuid("ExplanationOfBenefit", claim.id),
    identifier: [{ system: SYSTEM.claimNumber, value: claim.number }],
    status: "active",
    type: claimType(claim),
    use: "claim",
    patient: ref(claim.personId),
    created: claim.decidedAt ?? claim.createdAt,
    insurer: { display: insurer },
    provider: providerOf(claim),
    claim: ref(claim.id),
    claimResponse: ref(derivedUuid("ClaimResponse", claim.id)),
    outcome: "complete",
    insurance: [{ focal: true, coverage: insuranceOf(claim, enrolments).coverage }],
    item: claim.lines.map((line) => ({
      sequence: line.lineNo,
      productOrService: { text: line.category },
      servicedDate: line.treatmentDate,
      net: money(line.amountMinor, claim.currency),
      adjudication: adjudicationOf(line, claim.currency),
    })),
    total: totalsOf(claim),
    ...paymentOf(claim),
  };
}

/** The whole export as one FHIR R4 Bundle. */
export function toFhirBundle(data: ExportData): Bundle {
  const insurerOfPolicy = new Map(data.enrolments.map((e) => [e.policy.id, e.policy.insurer]));
  const entries: BundleEntry[] = [...data.persons.map((p) => entry(patientOf(p))), ...data.enrolments.map((e) => entry(coverageOf(e)))];
  for (const claim of data.claims) {
    entries.push(entry(claimOf(claim, data.enrolments)));
    if (!decided(claim)) continue;
    const insurer = insurerOfPolicy.get(claim.policyId) ?? "—";
    entries.push(entry(claimResponseOf(claim, insurer)), entry(explanationOf(claim, insurer, data.enrolments)));
  }
  return { resourceType: "Bundle", id: derivedUuid("Bundle", `${data.requestedBy.userId}:${data.generatedAt}`), type: "collection", timestamp: data.generatedAt, entry: entries };
}
