import "server-only";
import { can } from "../access/can";
import { writeAudit } from "../audit/audit";
import { inviteToOwnLogin } from "../auth/accounts";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import type { Locale } from "../i18n/config";
import { ageOn } from "../rules/dates";
import { isOnPolicy, loadFamilyOfPerson } from "./family-context";
import { recordPolicyEvent } from "./history";
import { invitationMail } from "./mails";
import { FamilyRefusal } from "./refusal";

/**
 * ACC-1: the main insured invites a person on the policy to their own login — an adult, or a child
 * from the own-data age (their data is theirs, and only they can consent to share it).
 */
export async function inviteFamilyMember(db: Db, user: CurrentUser, input: { personId: string; email: string }, meta: { ip: string; today: string; locale: Locale }): Promise<void> {
  const personId = user.person?.id ?? "";
  const ctx = await loadFamilyOfPerson(db, personId, meta.today);
  if (!ctx || !can({ roles: user.roles, personId }, "family.manage", ctx.resource)) throw new FamilyRefusal("family.errors.notMainInsured");
  const member = ctx.members.find((m) => m.personId === input.personId && isOnPolicy(m, meta.today));
  if (!member) throw new FamilyRefusal("family.errors.notFound");
  if (member.hasLogin) throw new FamilyRefusal("family.errors.hasLogin");
  if (ageOn(member.birthDate, meta.today) < ctx.ownHealthDataFromAge) throw new FamilyRefusal("family.errors.tooYoungForLogin");
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw new FamilyRefusal("family.errors.emailTaken", "email");
  const name = `${member.firstName} ${member.lastName}`;
  await db.$transaction(async (tx) => {
    await inviteToOwnLogin(tx, { personId: member.personId, email, mail: (code) => invitationMail({ to: email, name, invitedBy: user.displayName, memberNumber: member.memberNumber, code, locale: meta.locale }) });
    await recordPolicyEvent(tx, { policyId: ctx.policy.id, kind: "INVITED", personId: member.personId, actorUserId: user.userId, effectiveOn: meta.today, details: { email } });
    await writeAudit(tx, { actorUserId: user.userId, action: "family.invited", subjectType: "Person", subjectId: member.personId, personId: member.personId, ip: meta.ip });
  });
}
