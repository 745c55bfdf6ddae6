import "server-only";
import type { LoadedActor } from "../../access/actor";
import { can } from "../../access/can";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import type { DocumentAttachError } from "../../documents/attach";
import { resolveClaimPolicyId } from "../../cover/facts";
import { claimFormError } from "./claim-form-schema";

/**
 * What saving a draft (./drafts.ts) and submitting (./submit.ts) share (issue 4 "Draft",
 * "Submit"; ADR 0010).
 *
 * Numbers: a draft gets a number from the "D" series (D-2026-000007) so the required, unique
 * Claim.number is filled without using up claim numbers; at submit it gets the next "C" number,
 * so submitted claims are numbered without gaps (abandoned drafts leave no holes in "C").
 *
 * Idempotency: Claim.idempotencyKey (unique) is the form instance's key. Drafts carry it too, so
 * an autosave racing another autosave, or a submit racing a save, meets the same row. A second
 * submit with the same key (double click, second tab, retried request) gets the existing claim.
 */

/** A refusal with translated message keys, per field ("lines.0.category") or for the form ("_form"). */
export class ClaimRefusal extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super(`Claim refused: ${JSON.stringify(fieldErrors)}`);
    this.name = "ClaimRefusal";
  }
  static field(field: string, messageKey: string): ClaimRefusal {
    return new ClaimRefusal({ [field]: [messageKey] });
  }
}

export const F = claimFormError;

/** The form's treatment setting as stored on a line, and back. */
export const SETTING = { out_patient: "OUT_PATIENT", day_patient: "DAY_PATIENT", in_patient: "IN_PATIENT" } as const;
export const SETTING_CODE = { OUT_PATIENT: "out_patient", DAY_PATIENT: "day_patient", IN_PATIENT: "in_patient" } as const;

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Refused unless the member may act on this person's health data (FAM-7); resolves the policy. */
export async function authorisePerson(db: Db, actor: LoadedActor, personId: string, today: string): Promise<string> {
  if (!can(actor, "claim.create", { personId })) throw ClaimRefusal.field("personId", F("personNotAllowed"));
  const policyId = await resolveClaimPolicyId(db, personId, today);
  if (!policyId) throw ClaimRefusal.field("personId", F("noPolicy"));
  return policyId;
}

export function attachRefusal(error: DocumentAttachError): ClaimRefusal {
  return new ClaimRefusal({ documents: [error.messageKey] });
}

/** Documents the member removed from the form go back to "unattached" (the cleanup job deletes them). */
export async function detachOthers(tx: Prisma.TransactionClient, claimId: string, userId: string, keep: string[]): Promise<void> {
  await tx.document.updateMany({
    where: { claimId, ownerUserId: userId, id: { notIn: keep } },
    data: { claimId: null, attachedAt: null },
  });
}
