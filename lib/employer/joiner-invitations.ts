import "server-only";
import { EMAILED_ACTIVATION_VALID_DAYS, generateActivationCode } from "../auth/accounts";
import { keyedActivationCodeHash } from "../auth/activation-code-hash";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";
import { enqueueEmails } from "../mail/outbox";
import { joinerInvitationMail } from "./mails";

type Tx = Pick<Db, "$executeRaw">;

export interface ImportedJoiner {
  personId: string;
  memberNumber: string;
  name: string;
  email: string | null;
  startDate: string;
}

/**
 * ACC-1 for the joiners a CSV import applies: the same invitation the joiner form sends (code and
 * mail), written set-based in the import's own transaction, so an import that fails sends nothing
 * and a re-import (every row unchanged, nothing inserted) sends nothing twice.
 */
export async function inviteImportedJoiners(tx: Tx, joiners: ImportedJoiner[], context: { employer: string; locale: Locale }): Promise<number> {
  const invited = joiners.filter((j): j is ImportedJoiner & { email: string } => Boolean(j.email)).map((j) => ({ ...j, code: generateActivationCode() }));
  if (invited.length === 0) return 0;
  const expiresAt = new Date(Date.now() + EMAILED_ACTIVATION_VALID_DAYS * 86_400_000);
  await tx.$executeRaw`
    INSERT INTO "ActivationCode" (id, "personId", "codeHash", "expiresAt")
    SELECT gen_random_uuid(), pid, h, ${expiresAt} FROM unnest(${invited.map((j) => j.personId)}::uuid[], ${invited.map((j) => keyedActivationCodeHash(j.personId, j.code))}::text[]) AS v(pid, h)`;
  return enqueueEmails(tx, invited.map((j) => joinerInvitationMail({ to: j.email, name: j.name, employer: context.employer, memberNumber: j.memberNumber, startDate: j.startDate, code: j.code, locale: context.locale })));
}
