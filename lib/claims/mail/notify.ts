import "server-only";
import type { Prisma } from "../../db/generated/client";
import { env } from "../../env";
import { enqueueEmail } from "../../mail/outbox";
import { claimUpdateMail, type ClaimUpdateKind } from "./claim-update";

const RECIPIENT = { select: { email: true, displayName: true, locale: true } } as const;

/**
 * Inside the transaction that changes the claim: queues the member's mail about it, addressed to
 * whoever submitted the claim (or `recipientUserId`: the member who complained), in their
 * language (User.locale). Sent after commit (kickOutbox).
 */
export async function queueClaimUpdateMail(tx: Prisma.TransactionClient, claimId: string, kind: ClaimUpdateKind, recipientUserId?: string): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { id: true, number: true, submittedBy: RECIPIENT } });
  const to = recipientUserId ? await tx.user.findUniqueOrThrow({ where: { id: recipientUserId }, ...RECIPIENT }) : claim.submittedBy;
  await enqueueEmail(
    tx,
    claimUpdateMail({
      kind,
      to: to.email,
      name: to.displayName,
      locale: to.locale,
      claimNumber: claim.number,
      claimId: claim.id,
      appUrl: env().APP_URL,
    }),
  );
}
