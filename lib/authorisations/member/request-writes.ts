import "server-only";
import type { LoadedActor } from "../../access/actor";
import { can } from "../../access/can";
import type { Db } from "../../db/client";
import { Prisma } from "../../db/generated/client";
import { DocumentAttachError } from "../../documents/attach";
import { resolveClaimPolicyId } from "../../cover/facts";
import { Refusal } from "../../server/refusal";
import { attachRequestDocuments } from "../documents";
import { authorisationError as E } from "../request-schema";

/**
 * What saving a draft (./drafts.ts) and submitting (./submit.ts) share. Drafts carry the form's
 * idempotency key too, so an autosave racing a submit meets the same row; a draft's reference is
 * from the "AD" series, a submitted request gets the next "PA" or "GOP" number (no gaps).
 */

export const SETTING = { out_patient: "OUT_PATIENT", day_patient: "DAY_PATIENT", in_patient: "IN_PATIENT" } as const;
export const SETTING_CODE = { OUT_PATIENT: "out_patient", DAY_PATIENT: "day_patient", IN_PATIENT: "in_patient" } as const;

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Refused unless the member may act for this person (FAM-7, ACC-3: a consent only lets see); resolves the policy. */
export async function authoriseRequestPerson(db: Db, actor: LoadedActor, personId: string, today: string): Promise<string> {
  if (!can(actor, "authorisation.create", { personId })) throw new Refusal(E("personNotAllowed"), "personId");
  const policyId = await resolveClaimPolicyId(db, personId, today);
  if (!policyId) throw new Refusal(E("noPolicy"), "personId");
  return policyId;
}

/** attachRequestDocuments with its refusal shown beside the uploader. */
export async function attachOrRefuse(tx: Parameters<typeof attachRequestDocuments>[0], input: Parameters<typeof attachRequestDocuments>[1]): Promise<void> {
  try {
    await attachRequestDocuments(tx, input);
  } catch (error) {
    if (error instanceof DocumentAttachError) throw new Refusal(error.messageKey, "documents");
    throw error;
  }
}
