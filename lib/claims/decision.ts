import "server-only";
import type { Prisma } from "../db/generated/client";
import { categoryLabels } from "../cover/plan-lookup";
import { enqueueEmail } from "../mail/outbox";
import type { Plan } from "../rules";
import { claimDecidedMail } from "./mail/claim-decided";
import { issueSettlementNote } from "./settlement";

/**
 * What a claim becoming DECIDED always brings, automatically (./adjudicate.ts) or by a handler
 * (./review/decide.ts): the settlement note and the "claim decided" mail, in the deciding transaction.
 */

/** What deciding reads of a claim. */
export const CLAIM_TO_DECIDE = {
  lines: { orderBy: { lineNo: "asc" } },
  policy: { select: { planId: true } },
  submittedBy: { select: { email: true, displayName: true, locale: true } },
} satisfies Prisma.ClaimInclude;

export type ClaimToDecide = Prisma.ClaimGetPayload<{ include: typeof CLAIM_TO_DECIDE }>;

/** Inside the deciding transaction: issues the settlement note and, unless `notify` is false, queues the mail. */
export async function issueDecision(
  tx: Prisma.TransactionClient,
  claim: ClaimToDecide,
  plan: Plan,
  input: { decidedAt: Date; decidedBy: "automatic" | "handler"; actorUserId: string | null; notify?: boolean },
): Promise<{ id: string; number: string }> {
  const issued = await issueSettlementNote(tx, {
    claimId: claim.id,
    decidedAt: input.decidedAt,
    decidedBy: input.decidedBy,
    actorUserId: input.actorUserId,
    planLabel: (code) => categoryLabels(plan, code),
  });
  if (input.notify ?? true) {
    await enqueueEmail(
      tx,
      claimDecidedMail({ to: claim.submittedBy.email, name: claim.submittedBy.displayName, locale: claim.submittedBy.locale, claimNumber: claim.number, claimId: claim.id }),
    );
  }
  return issued;
}
