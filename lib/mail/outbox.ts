import "server-only";
import type { Db } from "../db/client";
import { deliver, type OutgoingMail } from "./transport";

const MAX_ATTEMPTS = 5;

type OutboxWriter = Pick<Db, "outboundEmail">;

/** Written in the same transaction as the change that causes the mail, so neither exists without the other. */
export async function enqueueEmail(tx: OutboxWriter, mail: OutgoingMail & { template: string }): Promise<string> {
  const row = await tx.outboundEmail.create({
    data: { to: mail.to, subject: mail.subject, textBody: mail.text, htmlBody: mail.html, template: mail.template },
  });
  return row.id;
}

/**
 * Many mails in one statement (an import's invitations, its leavers' offers): the same rows as
 * enqueueEmail, written in the caller's transaction whatever their number.
 */
export async function enqueueEmails(tx: Pick<Db, "$executeRaw">, mails: (OutgoingMail & { template: string })[]): Promise<number> {
  if (mails.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "OutboundEmail" (id, "to", subject, "textBody", "htmlBody", template)
    SELECT gen_random_uuid(), t, s, b, h, tp FROM unnest(
      ${mails.map((m) => m.to)}::text[], ${mails.map((m) => m.subject)}::text[], ${mails.map((m) => m.text)}::text[],
      ${mails.map((m) => m.html ?? null)}::text[], ${mails.map((m) => m.template)}::text[]
    ) AS v(t, s, b, h, tp)`;
}

/**
 * Sends pending mails. Rows are claimed with SKIP LOCKED so two dispatchers never send the same mail.
 * Returns the number sent.
 */
export async function dispatchPendingEmails(db: Db, limit = 20): Promise<number> {
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "OutboundEmail"
        WHERE status = 'PENDING' AND attempts < ${MAX_ATTEMPTS}
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const id = rows[0]?.id;
      if (!id) return "empty" as const;
      const mail = await tx.outboundEmail.findUniqueOrThrow({ where: { id } });
      try {
        await deliver({ to: mail.to, subject: mail.subject, text: mail.textBody, html: mail.htmlBody ?? undefined });
        await tx.outboundEmail.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
        return "sent" as const;
      } catch (error) {
        const attempts = mail.attempts + 1;
        await tx.outboundEmail.update({
          where: { id },
          data: { attempts, lastError: String(error).slice(0, 500), status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING" },
        });
        return "failed" as const;
      }
    }, { timeout: 30_000 });
    if (done === "empty") break;
    if (done === "sent") sent++;
    if (done === "failed") break;
  }
  return sent;
}

const inFlight = new Set<Promise<unknown>>();

/** Fire-and-forget after a commit; the periodic dispatcher retries whatever this misses. */
export function kickOutbox(db: Db): void {
  const kick = dispatchPendingEmails(db)
    .catch((error) => console.error("[mail] dispatch failed:", error))
    .finally(() => inFlight.delete(kick));
  inFlight.add(kick);
}

/** Waits for kicks still sending (a test file does this before its database is dropped). */
export async function settleOutboxKicks(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
