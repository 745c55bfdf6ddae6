import crypto from "node:crypto";
import type { CurrentUser } from "../../auth/current-user.types";
import { decideAutomatically } from "../../authorisations/auto-decide";
import { invoiceFormSchema } from "../../authorisations/invoice-schema";
import { saveRequestDraft } from "../../authorisations/member/drafts";
import { submitRequest } from "../../authorisations/member/submit";
import { makeRequestFormSchema, requestDraftSchema, type RequestFormInput } from "../../authorisations/request-schema";
import { decideRequest, requestRequestInformation } from "../../authorisations/review/decide";
import { requestDecisionSchema } from "../../authorisations/review/schemas";
import { settleProviderInvoice } from "../../authorisations/settle";
import { toLocale } from "../../i18n/config";
import { copenhagenDay } from "../../i18n/format";
import { addDays } from "../../rules/dates";
import type { Db } from "../client";
import { DEMO_USERS } from "./demo-data";

/**
 * Issue 11: the demo's pre-authorisation and guarantee requests in each state — a draft, one in
 * review, one waiting for the member, approved (with its letter and a settled invoice), partly
 * approved, refused, and a late emergency notice — made through the same services a member and a
 * handler use, dated from today so the 48-hour clock shows. Mails are written to the outbox as
 * for real requests. Idempotent through the seed's own check (a seeded database is left alone).
 */
export async function seedDemoAuthorisations(db: Db, now: Date = new Date()): Promise<void> {
  const current = async (email: string): Promise<CurrentUser> => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { person: true } });
    return {
      userId: user.id, sessionId: "seed", email: user.email, displayName: user.displayName, roles: user.roles, locale: toLocale(user.locale),
      person: user.person ? { id: user.person.id, firstName: user.person.firstName, lastName: user.person.lastName, memberNumber: user.person.memberNumber } : null,
      policyNumber: null, employer: null,
    };
  };
  const mette = await current(DEMO_USERS.mainInsured.email);
  const handler = await current(DEMO_USERS.handler.email);
  const today = copenhagenDay(now);
  const later = (days: number) => addDays(today, days);
  const noJob = async () => undefined;
  const provider = await db.provider.findFirst({ where: { insurer: { users: { some: { id: handler.userId } } } }, orderBy: { name: "asc" } });
  if (provider && !provider.email) await db.provider.update({ where: { id: provider.id }, data: { email: "faktura@privathospital-demo.dk" } });

  const submit = async (input: Partial<RequestFormInput>, minutesAgo: number) => {
    const values = makeRequestFormSchema({ today }).parse({
      idempotencyKey: crypto.randomUUID(), locale: "da", personId: mette.person!.id, category: "physiotherapy", setting: "out_patient",
      diagnosis: "Menisklæsion, venstre knæ", plannedTreatment: "Genoptræning, 10 behandlinger", providerName: "Fysioterapi Frederiksberg",
      plannedDate: later(7), estimatedCost: "6000", sessions: "10", ...input,
    });
    return (await submitRequest(db, mette, values, { now: new Date(now.getTime() - minutesAgo * 60_000), afterCommit: noJob })).authorisationId;
  };
  const decide = (authorisationId: string, input: Record<string, unknown>) =>
    decideRequest(db, handler, requestDecisionSchema.parse({ authorisationId, locale: "da", validFrom: later(7), validTo: later(97), ...input }));

  await saveRequestDraft(db, mette, requestDraftSchema.parse({ idempotencyKey: crypto.randomUUID(), personId: mette.person!.id, category: "psychologist", diagnosis: "Stress", plannedTreatment: "Samtaleforløb" }), now);

  const approved = await submit({}, 300);
  await decideAutomatically(db, approved, new Date(now.getTime() - 299 * 60_000));

  const inReview = await submit({ category: "in_patient_treatment", setting: "in_patient", sessions: "", diagnosis: "Galdesten", plannedTreatment: "Kikkertoperation", providerId: provider?.id, providerName: provider?.name ?? "Privathospitalet", estimatedCost: "42000" }, 40 * 60);
  await decideAutomatically(db, inReview, now);

  const waiting = await submit({ category: "psychologist", sessions: "8", diagnosis: "Angst", plannedTreatment: "8 samtaler hos psykolog", providerName: "Psykologhuset", estimatedCost: "30000" }, 20 * 60);
  await decideAutomatically(db, waiting, now);
  await requestRequestInformation(db, handler, { authorisationId: waiting, text: "Send venligst henvisningen fra din læge (CLM-4)." });

  const guarantee = await submit({ category: "day_patient_treatment", setting: "day_patient", sessions: "", diagnosis: "Grå stær", plannedTreatment: "Operation for grå stær, højre øje", providerId: provider?.id, providerName: provider?.name ?? "Øjenklinikken", estimatedCost: "18000" }, 26 * 60);
  await decideAutomatically(db, guarantee, now);
  await decide(guarantee, { outcome: "approve", amount: "16500", directBilling: true, conditions: "Gælder kun højre øje." });
  await settleProviderInvoice(db, handler.userId, invoiceFormSchema.parse({ authorisationId: guarantee, idempotencyKey: crypto.randomUUID(), invoiceNumber: "ØK-2026-118", invoiceDate: later(8), amount: "17.250" }));

  const partly = await submit({ category: "chiropractic", sessions: "30", plannedTreatment: "30 behandlinger kiropraktik", providerName: "Kiropraktorklinikken", estimatedCost: "15000" }, 30 * 60);
  await decideAutomatically(db, partly, now);
  await decide(partly, { outcome: "partly", amount: "5000", sessions: "10", ruleId: "PA-5", note: "Vi godkender 10 behandlinger; søg igen, hvis du har brug for flere." });

  const refused = await submit({ category: "psychiatrist", sessions: "", plannedTreatment: "Udredning", providerName: "Privat psykiater", diagnosis: "Søvnproblemer", estimatedCost: "30000" }, 45 * 60);
  await decideAutomatically(db, refused, now);
  await decide(refused, { outcome: "refuse", ruleId: "ELG-8", note: "Kendt lidelse fra før forsikringen (ELG-8)." });

  const emergency = await submit({ emergency: true, plannedDate: "", treatmentStartedAt: `${addDays(today, -3)}T14:30`, category: "in_patient_treatment", setting: "in_patient", sessions: "", diagnosis: "Brækket ankel", plannedTreatment: "Akut operation efter fald", providerName: "Hospital Costa del Sol", country: "ES", estimatedCost: "35000" }, 10);
  await decideAutomatically(db, emergency, now);
}
