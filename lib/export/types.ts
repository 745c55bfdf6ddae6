import type { HealthDataRelation } from "../access/can";

/**
 * The data export's content (issue 13 point 8, GDPR art. 15/20) as plain data: what `collect.ts`
 * loads, `data.json` holds and `fhir.ts` maps. Amounts are integer minor units (øre) with their
 * currency; calendar dates "YYYY-MM-DD" (Copenhagen days); instants ISO 8601 with the Copenhagen offset.
 */
export interface ExportPerson {
  id: string;
  memberNumber: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  /** How the member who asked sees this person (FAM-7, ACC-3). */
  relation: HealthDataRelation;
  /** Contact details and refund account: only on the member's own person. */
  email?: string | null;
  phone?: string | null;
  address?: { line: string | null; postalCode: string | null; city: string | null; country: string };
  refundAccount?: { regNo: string | null; accountNo: string | null; iban: string | null };
}

export interface ExportPolicy {
  id: string;
  number: string;
  kind: string;
  status: string;
  startDate: string;
  endDate: string | null;
  insurer: string;
  plan: string;
  currency: string;
}

export interface ExportEnrolment {
  id: string;
  personId: string;
  role: string;
  status: string;
  startDate: string;
  endDate: string | null;
  policy: ExportPolicy;
}

export interface ExportMessage {
  from: "member" | "handler";
  body: string;
  at: string;
}

export interface ExportClaimLine {
  lineNo: number;
  treatmentDate: string;
  category: string;
  setting: string;
  providerName: string;
  country: string;
  quantity: number;
  amountMinor: number;
  outcome: string | null;
  eligibleMinor: number | null;
  payableMinor: number | null;
  memberShareMinor: number | null;
  adjustmentReason: string | null;
}

export interface ExportSettlement {
  number: string;
  claimedTotalMinor: number;
  payableTotalMinor: number;
  memberShareMinor: number;
  paymentDate: string | null;
  issuedAt: string;
}

export interface ExportClaim {
  id: string;
  number: string;
  personId: string;
  policyId: string;
  status: string;
  currency: string;
  diagnosis: string | null;
  reason: string | null;
  emergency: boolean;
  claimedTotalMinor: number;
  payableTotalMinor: number | null;
  createdAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  paidAt: string | null;
  lines: ExportClaimLine[];
  events: { kind: string; at: string }[];
  settlement: ExportSettlement | null;
  messages: ExportMessage[];
}

export interface ExportAuthorisation {
  id: string;
  reference: string;
  kind: string;
  personId: string;
  policyId: string;
  status: string;
  category: string;
  diagnosis: string;
  plannedTreatment: string;
  providerName: string;
  plannedDate: string;
  currency: string;
  estimatedCostMinor: number | null;
  approvedAmountMinor: number | null;
  validFrom: string | null;
  validTo: string | null;
  createdAt: string;
  events: { kind: string; at: string }[];
  invoices: { number: string; invoiceNumber: string; invoiceDate: string; amountMinor: number; coveredMinor: number; memberShareMinor: number; status: string }[];
  messages: ExportMessage[];
}

export interface ExportConsent {
  kind: string;
  scope: string;
  grantorPersonId: string;
  granteePersonId: string;
  givenAt: string;
  validFrom: string | null;
  validTo: string | null;
  withdrawnAt: string | null;
}

export interface ExportDocument {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  kind: string;
  personId: string | null;
  claimNumber: string | null;
  authorisationReference: string | null;
  createdAt: string;
  /** Where the file is in the ZIP ("documents/…"). */
  file: string;
}

export interface ExportData {
  format: "member-portal-export/1";
  generatedAt: string;
  requestedBy: { userId: string; email: string; personId: string };
  persons: ExportPerson[];
  enrolments: ExportEnrolment[];
  claims: ExportClaim[];
  authorisations: ExportAuthorisation[];
  consents: ExportConsent[];
  documents: ExportDocument[];
}
