import "server-only";
import type { Db } from "../db/client";
import { isLocale } from "../i18n/config";
import type { Plan } from "../rules";
import { enqueueEmails } from "../mail/outbox";
import { continuationOffered } from "../rules/enrolment/continuation";
import { continuationOfferMail } from "./mails";

type Tx = Pick<Db, "$queryRaw" | "$executeRaw">;

export interface Leaver {
  enrolmentId: string;
  reason: string;
}

/**
 * GRP-4: every leaver the employer registers (the form or an import) is offered continuation on
 * individual terms, in the same transaction as the end of their enrolment: one offer per group
 * enrolment, its deadline the last day of group cover. A leaver registered again with another date
 * gets the new deadline (unless they have accepted); each new or moved offer is mailed to the
 * person in their own language. One statement per step, whatever the import's size.
 */
export async function offerContinuation(tx: Tx, leavers: Leaver[], scheme: { employer: { name: string }; plan: Plan }): Promise<number> {
  const context = { employerName: scheme.employer.name, lateWaitingMonths: scheme.plan.group?.continuationWaitingMonthsIfLate ?? 0 };
  const ids = leavers.filter((l) => continuationOffered(l.reason)).map((l) => l.enrolmentId);
  if (ids.length === 0) return 0;
  const offered = await tx.$queryRaw<{ firstName: string; lastName: string; deadline: Date; email: string | null; locale: string | null }[]>`
    WITH upserted AS (
      INSERT INTO "ContinuationOffer" (id, "personId", "groupEnrolmentId", deadline)
      SELECT gen_random_uuid(), e."personId", e.id, e."endDate" FROM "Enrolment" e
      WHERE e.id = ANY(${ids}::uuid[]) AND e."endDate" IS NOT NULL
      ON CONFLICT ("groupEnrolmentId") DO UPDATE SET deadline = EXCLUDED.deadline
        WHERE "ContinuationOffer"."acceptedAt" IS NULL AND "ContinuationOffer".deadline <> EXCLUDED.deadline
      RETURNING "personId", deadline
    )
    SELECT p."firstName", p."lastName", o.deadline, COALESCE(u.email, p.email) AS email, u.locale
    FROM upserted o JOIN "Person" p ON p.id = o."personId" LEFT JOIN "User" u ON u."personId" = p.id`;
  const mails = offered.flatMap((o) =>
    o.email
      ? [continuationOfferMail({
          to: o.email, name: `${o.firstName} ${o.lastName}`, employer: context.employerName, deadline: o.deadline.toISOString().slice(0, 10),
          lateWaitingMonths: context.lateWaitingMonths, locale: isLocale(o.locale) ? o.locale : "da",
        })]
      : [],
  );
  await enqueueEmails(tx, mails);
  return offered.length;
}
