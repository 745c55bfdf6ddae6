import "server-only";
import type { ActorSource } from "../../access/actor";
import type { Db } from "../../db/client";
import { env } from "../../env";
import { toLocale } from "../../i18n/config";
import { enqueueEmail } from "../../mail/outbox";
import { planById } from "../../cover/plan-lookup";
import { addMonths } from "../../rules/dates";
import { Refusal } from "../../server/refusal";
import { AUTO_APPROVAL } from "../assess";
import { answerRequest } from "../decision";
import { memberAuthorisationMail } from "../mail";
import { authorisationError as E } from "../request-schema";
import { OPEN_STATUSES } from "../status";
import { requestForHandler } from "./access";
import type { RequestDecisionValues } from "./schemas";

const OUTCOME = { approve: "APPROVED", partly: "PARTLY_APPROVED", refuse: "REJECTED" } as const;

/**
 * The handler's answer (GOP-2): approve (amount, sessions, validity, direct billing), partly
 * approve or refuse with a rule id. GOP-4: a patient-association guarantee runs at most 12 months.
 * The member's own part is what the estimate leaves after the approved amount; the engine's
 * deductible is kept from the submit-time assessment.
 */
export async function decideRequest(db: Db, user: ActorSource & { userId: string }, values: RequestDecisionValues): Promise<{ reference: string; personId: string }> {
  const row = await requestForHandler(db, user, values.authorisationId, "authorisation.decide");
  if (!(OPEN_STATUSES as readonly string[]).includes(row.status)) throw new Refusal(E("notOpen"));
  const request = await db.authorisation.findUniqueOrThrow({ where: { id: row.id }, select: { estimatedCostMinor: true, engineDecision: true, setting: true } });
  const category = (await planById(db, row.policy.planId)).benefitCategories.find((c) => c.code === row.category);
  const approving = values.outcome !== "refuse";
  if (approving && category?.guaranteeRequired && values.validTo > addMonths(values.validFrom, AUTO_APPROVAL.guaranteeRequiredValidityMonths)) {
    throw new Refusal(E("patientAssociationTooLong"), "validTo");
  }
  const guarantee = approving && (values.directBilling || request.setting !== "OUT_PATIENT" || category?.guaranteeRequired === true);
  if (guarantee && values.amountMinor === null) throw new Refusal(E("amountRequiredForGuarantee"), "amount");
  const estimate = request.estimatedCostMinor ?? values.amountMinor ?? 0;
  const proposed = (request.engineDecision as { proposal?: { deductibleMinor?: number } } | null)?.proposal;
  const memberShare = Math.max(0, estimate - (values.amountMinor ?? 0));
  const result = await answerRequest(
    db,
    row.id,
    {
      outcome: OUTCOME[values.outcome],
      kind: guarantee ? "GUARANTEE_OF_PAYMENT" : "PRE_AUTHORISATION",
      amountMinor: values.amountMinor,
      sessions: values.sessionsApproved,
      validFrom: values.validFrom,
      validTo: values.validTo,
      directBilling: values.directBilling,
      deductibleMinor: Math.min(proposed?.deductibleMinor ?? 0, memberShare),
      memberShareMinor: memberShare,
      refusalRuleId: values.ruleId || null,
      note: values.note || null,
      conditions: values.conditions || null,
    },
    { actorUserId: user.userId, fromStatuses: OPEN_STATUSES },
  );
  return { reference: result.reference, personId: row.personId };
}

/** Ask the member for information: a member task (as for claims), the request waits, the member is mailed. */
export async function requestRequestInformation(db: Db, user: ActorSource & { userId: string }, input: { authorisationId: string; text: string }): Promise<{ personId: string }> {
  const row = await requestForHandler(db, user, input.authorisationId, "authorisation.decide");
  const member = await db.user.findUniqueOrThrow({ where: { id: row.requestedById }, select: { id: true, email: true, locale: true, displayName: true } });
  await db.$transaction(async (tx) => {
    const { count } = await tx.authorisation.updateMany({ where: { id: row.id, status: { in: ["SUBMITTED", "IN_REVIEW"] } }, data: { status: "INFORMATION_REQUESTED" } });
    if (count === 0) throw new Refusal(E("notOpen"));
    await tx.memberTask.create({ data: { userId: member.id, authorisationId: row.id, kind: "authorisation_information", text: input.text } });
    await tx.authorisationEvent.create({ data: { authorisationId: row.id, kind: "INFORMATION_REQUESTED", actorUserId: user.userId, data: { text: input.text } } });
    await enqueueEmail(tx, memberAuthorisationMail("information_requested", { to: member.email, name: member.displayName, locale: toLocale(member.locale), reference: row.reference, authorisationId: row.id, appUrl: env().APP_URL }));
  });
  return { personId: row.personId };
}
