import { describe, expect, it } from "vitest";
import type { Claim, ClaimResponse, Coverage, ExplanationOfBenefit, Patient } from "@medplum/fhirtypes";
import { copenhagenIso } from "./dates";
import { derivedUuid, toFhirBundle } from "./fhir";
import { fhirProblems } from "./fhir-validate";
import type { ExportClaim, ExportData, ExportEnrolment, ExportPerson } from "./types";

const SELF = "0193a000-0000-7000-8000-000000000001";
const CHILD = "0193a000-0000-7000-8000-000000000002";
const POLICY = "0193a000-0000-7000-8000-0000000000a1";

const person = (id: string, overrides: Partial<ExportPerson> = {}): ExportPerson => ({ id, memberNumber: id.slice(-8), firstName: "Mette", lastName: "Jensen", birthDate: "1984-03-02", relation: "self", ...overrides });
const enrolment = (id: string, personId: string, overrides: Partial<ExportEnrolment> = {}): ExportEnrolment => ({
  id,
  personId,
  role: "MAIN",
  status: "ACTIVE",
  startDate: "2024-01-01",
  endDate: null,
  policy: { id: POLICY, number: "P-1000", kind: "INDIVIDUAL", status: "ACTIVE", startDate: "2024-01-01", endDate: null, insurer: "Nordlys", plan: "Cigna Global", currency: "DKK" },
  ...overrides,
});
const line = (lineNo: number, overrides: Partial<ExportClaim["lines"][number]> = {}) => ({
  lineNo,
  treatmentDate: "2026-10-05",
  category: "physiotherapy",
  setting: "OUT_PATIENT",
  providerName: "Fysio Nord",
  country: "DK",
  quantity: 1,
  amountMinor: 45050,
  outcome: null,
  eligibleMinor: null,
  payableMinor: null,
  memberShareMinor: null,
  adjustmentReason: null,
  ...overrides,
});
const claim = (id: string, status: string, overrides: Partial<ExportClaim> = {}): ExportClaim => ({
  id,
  number: `C-2026-${id.slice(-6)}`,
  personId: SELF,
  policyId: POLICY,
  status,
  currency: "DKK",
  diagnosis: null,
  reason: null,
  emergency: false,
  claimedTotalMinor: 45050,
  payableTotalMinor: null,
  createdAt: "2026-10-06T10:00:00+02:00",
  submittedAt: status === "DRAFT" ? null : "2026-10-06T10:05:00+02:00",
  decidedAt: null,
  paidAt: null,
  lines: [line(1)],
  events: [],
  settlement: null,
  messages: [],
  ...overrides,
});
const decided = (id: string, overrides: Partial<ExportClaim> = {}) =>
  claim(id, "DECIDED", { decidedAt: "2026-10-07T09:00:00+02:00", payableTotalMinor: 36040, lines: [line(1, { outcome: "PARTLY_APPROVED", eligibleMinor: 45050, payableMinor: 36040, memberShareMinor: 9010 })], ...overrides });
const data = (overrides: Partial<ExportData>): ExportData => ({
  format: "member-portal-export/1",
  generatedAt: "2026-12-07T15:00:00+01:00",
  requestedBy: { userId: "0193a000-0000-7000-8000-0000000000f1", email: "mette@demo.dk", personId: SELF },
  persons: [person(SELF)],
  enrolments: [enrolment("0193a000-0000-7000-8000-0000000000e1", SELF)],
  claims: [],
  authorisations: [],
  consents: [],
  documents: [],
  ...overrides,
});

const withContact = person(SELF, { email: "mette@demo.dk", phone: "+4512345678", address: { line: "Nørregade 1", postalCode: "8000", city: "Aarhus C", country: "DK" } });
const childEnrolment = enrolment("0193a000-0000-7000-8000-0000000000e2", CHILD, { role: "CHILD", status: "ENDED", endDate: "2026-06-30" });

describe("toFhirBundle: every export is a valid FHIR R4 Bundle", () => {
  it.each([
    ["a member with cover only", data({}), { Patient: 1, Coverage: 1 }],
    ["contact details and address", data({ persons: [withContact] }), { Patient: 1, Coverage: 1 }],
    ["a child whose cover ended", data({ persons: [person(SELF), person(CHILD, { relation: "child", birthDate: "2015-05-05" })], enrolments: [enrolment("0193a000-0000-7000-8000-0000000000e1", SELF), childEnrolment] }), { Patient: 2, Coverage: 2 }],
    ["a draft claim", data({ claims: [claim("0193a000-0000-7000-8000-0000000000c1", "DRAFT")] }), { Patient: 1, Coverage: 1, Claim: 1 }],
    ["a submitted claim with a diagnosis", data({ claims: [claim("0193a000-0000-7000-8000-0000000000c2", "SUBMITTED", { diagnosis: "M54.5 low back pain" })] }), { Patient: 1, Coverage: 1, Claim: 1 }],
    ["a decided claim", data({ claims: [decided("0193a000-0000-7000-8000-0000000000c3")] }), { Patient: 1, Coverage: 1, Claim: 1, ClaimResponse: 1, ExplanationOfBenefit: 1 }],
    ["a paid in-patient claim with a settlement note", data({ claims: [decided("0193a000-0000-7000-8000-0000000000c4", { status: "PAID", paidAt: "2026-10-10T08:00:00+02:00", lines: [line(1, { setting: "IN_PATIENT", outcome: "APPROVED", eligibleMinor: 45050, payableMinor: 45050 }), line(2, { outcome: "REJECTED", payableMinor: 0 })], settlement: { number: "S-2026-000001", claimedTotalMinor: 90100, payableTotalMinor: 45050, memberShareMinor: 45050, paymentDate: "2026-10-10", issuedAt: "2026-10-07T09:00:00+02:00" } })] }), { Patient: 1, Coverage: 1, Claim: 1, ClaimResponse: 1, ExplanationOfBenefit: 1 }],
    ["a withdrawn claim on a policy no longer in the export", data({ claims: [claim("0193a000-0000-7000-8000-0000000000c5", "WITHDRAWN", { policyId: "0193a000-0000-7000-8000-0000000000a9" })] }), { Patient: 1, Coverage: 1, Claim: 1 }],
  ])("%s", (_name, input, counts) => {
    const bundle = toFhirBundle(input);
    expect(fhirProblems(bundle)).toEqual([]);
    const found: Record<string, number> = {};
    for (const entry of bundle.entry ?? []) found[entry.resource!.resourceType] = (found[entry.resource!.resourceType] ?? 0) + 1;
    expect(found).toEqual(counts);
    // Every reference to a resource of the bundle resolves to an entry's fullUrl.
    const fullUrls = new Set(bundle.entry?.map((e) => e.fullUrl));
    const references = JSON.stringify(bundle).match(/"reference":"([^"]+)"/g) ?? [];
    for (const match of references) expect(fullUrls).toContain(match.slice(13, -1));
  });
});

describe("toFhirBundle: the mapping", () => {
  const bundle = toFhirBundle(data({ persons: [withContact, person(CHILD, { relation: "child" })], enrolments: [enrolment("0193a000-0000-7000-8000-0000000000e1", SELF), childEnrolment], claims: [decided("0193a000-0000-7000-8000-0000000000c3", { paidAt: "2026-10-10T08:00:00+02:00" })] }));
  const of = <T>(type: string) => bundle.entry!.map((e) => e.resource!).filter((r) => r.resourceType === type) as T[];

  it("amounts in øre become kroner (Money), exactly", () => {
    const [eob] = of<ExplanationOfBenefit>("ExplanationOfBenefit");
    expect(eob!.item![0]!.net).toEqual({ value: 450.5, currency: "DKK" });
    expect(eob!.total).toEqual([
      { category: expect.anything(), amount: { value: 450.5, currency: "DKK" } },
      { category: expect.anything(), amount: { value: 360.4, currency: "DKK" } },
    ]);
    expect(eob!.payment).toMatchObject({ date: "2026-10-10", amount: { value: 360.4 } });
  });

  it.each([
    ["MAIN", "self"],
    ["CHILD", "child"],
  ])("Coverage relationship %s → %s", (role, code) => {
    const coverage = of<Coverage>("Coverage").find((c) => c.relationship?.coding?.[0]?.code === code);
    expect(coverage, role).toBeDefined();
  });

  it("an ended enrolment is a cancelled Coverage with its end", () => {
    const ended = of<Coverage>("Coverage").find((c) => c.id === childEnrolment.id)!;
    expect(ended).toMatchObject({ status: "cancelled", period: { start: "2024-01-01", end: "2026-06-30" } });
  });

  it("contact details only where the export has them (the member's own)", () => {
    const [self, child] = of<Patient>("Patient");
    expect(self!.telecom).toHaveLength(2);
    expect(child!.telecom).toBeUndefined();
  });

  it("the response and explanation point at the claim and each other with stable ids", () => {
    const [claimResource] = of<Claim>("Claim");
    const [response] = of<ClaimResponse>("ClaimResponse");
    const [eob] = of<ExplanationOfBenefit>("ExplanationOfBenefit");
    expect(response!.request!.reference).toBe(`urn:uuid:${claimResource!.id}`);
    expect(eob!.claimResponse!.reference).toBe(`urn:uuid:${response!.id}`);
    expect(response!.id).toBe(derivedUuid("ClaimResponse", claimResource!.id!));
    expect(response!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("fhirProblems: the validator really validates", () => {
  it.each([
    ["a Claim without its required elements", { resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Claim", status: "active" } }] }],
    ["a Patient with a Danish-style birth date", { resourceType: "Bundle", type: "collection", entry: [{ resource: { resourceType: "Patient", birthDate: "02-03-1984" } }] }],
    ["a Bundle without a type", { resourceType: "Bundle" }],
  ])("finds %s", (_name, bundle) => {
    expect(fhirProblems(bundle as never).length).toBeGreaterThan(0);
  });
});

describe("copenhagenIso", () => {
  it.each([
    ["2026-12-07T14:00:00Z", "2026-12-07T15:00:00+01:00"],
    ["2026-07-01T22:30:05Z", "2026-07-02T00:30:05+02:00"],
  ])("%s → %s", (utc, expected) => {
    expect(copenhagenIso(new Date(utc))).toBe(expected);
  });
});
