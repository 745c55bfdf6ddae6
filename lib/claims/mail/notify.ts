import "server-only";
import type { Prisma } from "../../db/generated/client";
import { env } from "../../env";
import { enqueueEmail } from "../../mail/outbox";
import { claimUpdateMail, type ClaimUpdateKind } from "./claim-update";

/**
 * Inside the transaction that changes the claim: queues the member's mail about it, addressed to
 * whoever submitted the claim, in their language (User.locale). Sent after commit (kickOutbox).
 */
export async function queueClaimUpdateMail(tx: Prisma.TransactionClient, claimId: string, kind: ClaimUpdateKind): Promise<void> {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: { id: true, number: true, submittedBy: { select: { email: true, displayName: true, locale: true } } },
  });
  await enqueueEmail(
    tx,
    claimUpdateMail({
      kind,
      to: claim.submittedBy.email,
      name: claim.submittedBy.displayName,
      locale: claim.submittedBy.locale,
      claimNumber: claim.number,
      claimId: claim.id,
      appUrl: env().APP_URL,
    }),
  );
}
