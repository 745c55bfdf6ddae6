import "server-only";
import { can } from "../access/can";
import { writeAudit } from "../audit/audit";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { addDays, endOfMonth, toDay } from "../rules/dates";
import { isOnPolicy, loadFamilyOfPerson } from "./family-context";
import { recordPolicyEvent } from "./history";
import { FamilyRefusal } from "./refusal";
import { dateColumn } from "../db/date-column";

export interface EndCoverOutcome {
  endsOn: string;
  /** FAM-6: when the main insured leaves, the co-insured keep cover until the end of the paid period. */
  continuing: { name: string; until: string }[];
}

/**
 * The main insured ends a family member's cover, or their own: not back in time (a member cannot
 * backdate; the insurer can), at the end of the month chosen (ELG-4). When the main insured ends
 * their own cover (leaves or dies, FAM-6), the co-insured keep cover until the end of the paid
 * period (the day before the renewal date) and may continue on individual terms.
 */
export async function endCover(db: Db, user: CurrentUser, input: { enrolmentId: string; endDate: string; reason: "REQUEST" | "MAIN_INSURED_LEFT" | "MAIN_INSURED_DIED" }, meta: { ip: string; today: string }): Promise<EndCoverOutcome> {
  const personId = user.person?.id ?? "";
  const ctx = await loadFamilyOfPerson(db, personId, meta.today);
  if (!ctx || !can({ roles: user.roles, personId }, "family.manage", ctx.resource)) throw new FamilyRefusal("family.errors.notMainInsured");
  const member = ctx.members.find((m) => m.enrolmentId === input.enrolmentId && isOnPolicy(m, meta.today));
  if (!member) throw new FamilyRefusal("family.errors.notFound");
  if (toDay(input.endDate) < toDay(meta.today)) throw new FamilyRefusal("family.errors.endInPast", "endDate");
  const endsOn = endOfMonth(input.endDate);
  if (toDay(endsOn) < toDay(member.startDate)) throw new FamilyRefusal("family.errors.endBeforeStart", "endDate");

  const leaving = member.role === "MAIN";
  const paidUntil = addDays(ctx.policy.renewalDate, -1);
  const others = leaving ? ctx.members.filter((m) => m.role !== "MAIN" && isOnPolicy(m, meta.today) && m.endDate === null) : [];
  const keepUntil = ctx.plan.family.coInsuredKeepCoverToEndOfPaidPeriod && toDay(paidUntil) > toDay(endsOn) ? paidUntil : endsOn;
  const reason = leaving ? (input.reason === "REQUEST" ? "MAIN_INSURED_LEFT" : input.reason) : "REQUEST";

  await db.$transaction(async (tx) => {
    const done = await tx.enrolment.updateMany({ where: { id: member.enrolmentId, endDate: null }, data: { endDate: dateColumn(endsOn), endedByUserId: user.userId, endReason: reason } });
    if (done.count !== 1) throw new FamilyRefusal("family.errors.alreadyEnded");
    const name = `${member.firstName} ${member.lastName}`;
    await recordPolicyEvent(tx, { policyId: ctx.policy.id, kind: "COVER_ENDED", personId: member.personId, actorUserId: user.userId, effectiveOn: endsOn, details: { name, reason } });
    await writeAudit(tx, { actorUserId: user.userId, action: "family.cover_ended", subjectType: "Enrolment", subjectId: member.enrolmentId, personId: member.personId, ip: meta.ip, metadata: { endsOn, reason } });
    for (const other of others) {
      await tx.enrolment.update({ where: { id: other.enrolmentId }, data: { endDate: dateColumn(keepUntil), endedByUserId: user.userId, endReason: reason } });
      await recordPolicyEvent(tx, { policyId: ctx.policy.id, kind: "COVER_CONTINUES", personId: other.personId, actorUserId: user.userId, effectiveOn: keepUntil, details: { name: `${other.firstName} ${other.lastName}`, rule: "FAM-6" } });
    }
  });
  return { endsOn, continuing: others.map((o) => ({ name: `${o.firstName} ${o.lastName}`, until: keepUntil })) };
}
