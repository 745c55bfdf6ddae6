import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { nextNumber } from "../db/number-series";
import { planById } from "../cover/plan-lookup";
import { env } from "../env";
import { toLocale } from "../i18n/config";
import { copenhagenDay } from "../i18n/format";
import { enqueueEmail } from "../mail/outbox";
import { addMonths } from "../rules/dates";
import { Refusal } from "../server/refusal";
import type { InvoiceFormValues } from "./invoice-schema";
import { memberAuthorisationMail } from "./mail";
import { authorisationError as E } from "./request-schema";
import { settleInvoice } from "./settlement-calc";
import { answerDueAt } from "./status";

export interface SettledInvoice {
  invoiceId: string;
  number: string;
  authorisationId: string;
  personId: string;
  status: "SETTLED" | "TOP_UP_REQUESTED";
  topUpId: string | null;
  created: boolean;
}

const iso = (d: Date | null) => d?.toISOString().slice(0, 10);

/** PA-5 validity and GOP-4's 3 months from payment, checked against the loaded request and plan. */
async function checkInvoiceDates(db: Db, request: { category: string; validFrom: Date | null; validTo: Date | null; policy: { planId: string } }, values: InvoiceFormValues, today: string): Promise<void> {
  const from = iso(request.validFrom);
  const to = iso(request.validTo);
  if ((from && values.invoiceDate < from) || (to && values.invoiceDate > to)) throw new Refusal(E("invoiceOutsideValidity"), "invoiceDate");
  const category = (await planById(db, request.policy.planId)).benefitCategories.find((c) => c.code === request.category);
  if (category?.guaranteeRequired && category.invoiceDeadlineMonths !== undefined) {
    if (!values.paidOn) throw new Refusal(E("paidOnRequired"), "paidOn");
    if (today > addMonths(values.paidOn, category.invoiceDeadlineMonths)) throw new Refusal(E("invoiceTooLate"), "paidOn");
  }
}

/**
 * GOP-3: a provider invoice settled against the guarantee, up to what is left of it, in one
 * transaction that locks the request (two invoices at once cannot both use the same amount). The
 * member's portion (deductible, uncovered part) is on the settlement note; what the guarantee does
 * not reach becomes a top-up request in the handler's queue (48-hour clock) and the member is told
 * before paying. The caller has authorised the user on the loaded request. Idempotent by key.
 */
export async function settleProviderInvoice(db: Db, userId: string, values: InvoiceFormValues, options: { uploaderId?: string; now?: Date } = {}): Promise<SettledInvoice> {
  const now = options.now ?? new Date();
  const today = copenhagenDay(now);
  const earlier = await db.authorisationInvoice.findUnique({ where: { idempotencyKey: values.idempotencyKey }, select: { id: true, number: true, status: true, topUpId: true, authorisation: { select: { id: true, personId: true } } } });
  if (earlier) return { invoiceId: earlier.id, number: earlier.number, authorisationId: earlier.authorisation.id, personId: earlier.authorisation.personId, status: earlier.status, topUpId: earlier.topUpId, created: false };

  const request = await db.authorisation.findUniqueOrThrow({
    where: { id: values.authorisationId },
    select: { id: true, reference: true, status: true, kind: true, category: true, currency: true, approvedAmountMinor: true, deductibleMinor: true, validFrom: true, validTo: true, personId: true, policyId: true, requestedById: true, diagnosis: true, plannedTreatment: true, providerId: true, providerName: true, country: true, setting: true, policy: { select: { planId: true } }, requestedBy: { select: { email: true, locale: true, displayName: true } } },
  });
  if ((request.status !== "APPROVED" && request.status !== "PARTLY_APPROVED") || request.approvedAmountMinor === null) throw new Refusal(E("noGuarantee"));
  await checkInvoiceDates(db, request, values, today);
  const plan = await planById(db, request.policy.planId);
  const coveragePercent = plan.benefitCategories.find((c) => c.code === request.category)?.coveragePercent ?? 100;

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Authorisation" WHERE id = ${request.id}::uuid FOR UPDATE`;
    const sums = await tx.authorisationInvoice.aggregate({ where: { authorisationId: request.id }, _sum: { coveredMinor: true, deductibleMinor: true } });
    const result = settleInvoice(
      { approvedMinor: request.approvedAmountMinor!, settledMinor: sums._sum.coveredMinor ?? 0, deductibleMinor: request.deductibleMinor ?? 0, deductibleTakenMinor: sums._sum.deductibleMinor ?? 0, coveragePercent, currency: request.currency },
      values.amountMinor,
    );
    const year = Number(today.slice(0, 4));
    const number = await nextNumber(tx, "GS", year);
    let topUpId: string | null = null;
    if (result.aboveGuaranteeMinor > 0) {
      const topUp = await tx.authorisation.create({
        data: {
          reference: await nextNumber(tx, "GOP", year), kind: "GUARANTEE_OF_PAYMENT", status: "IN_REVIEW", topUpOfId: request.id,
          policyId: request.policyId, personId: request.personId, requestedById: request.requestedById, category: request.category, setting: request.setting, country: request.country,
          diagnosis: request.diagnosis, plannedTreatment: request.plannedTreatment, providerId: request.providerId, providerName: request.providerName,
          plannedDate: new Date(`${values.invoiceDate}T00:00:00.000Z`), estimatedCostMinor: result.aboveGuaranteeMinor, currency: request.currency,
          submittedAt: now, dueAt: answerDueAt(now), reviewReason: "GOP-3",
        },
        select: { id: true, reference: true },
      });
      topUpId = topUp.id;
      await tx.authorisationEvent.create({ data: { authorisationId: topUp.id, kind: "RECEIVED", actorUserId: userId, data: { reference: topUp.reference, topUpOf: request.reference } } });
      await tx.authorisationEvent.create({ data: { authorisationId: request.id, kind: "TOP_UP_REQUESTED", actorUserId: userId, data: { number, topUpReference: topUp.reference, aboveGuaranteeMinor: result.aboveGuaranteeMinor } } });
      await enqueueEmail(tx, memberAuthorisationMail("top_up", { to: request.requestedBy.email, name: request.requestedBy.displayName, locale: toLocale(request.requestedBy.locale), reference: request.reference, authorisationId: request.id, appUrl: env().APP_URL }));
    }
    const invoice = await tx.authorisationInvoice.create({
      data: {
        authorisationId: request.id, number, idempotencyKey: values.idempotencyKey, invoiceNumber: values.invoiceNumber,
        invoiceDate: new Date(`${values.invoiceDate}T00:00:00.000Z`), paidOn: values.paidOn ? new Date(`${values.paidOn}T00:00:00.000Z`) : null,
        amountMinor: result.amountMinor, coveredMinor: result.coveredMinor, deductibleMinor: result.deductibleMinor, uncoveredMinor: result.uncoveredMinor,
        memberShareMinor: result.memberShareMinor, aboveGuaranteeMinor: result.aboveGuaranteeMinor, status: topUpId ? "TOP_UP_REQUESTED" : "SETTLED", topUpId,
        content: { lines: result.lines } as unknown as Prisma.InputJsonValue, createdById: userId,
      },
      select: { id: true },
    });
    if (values.documentId && options.uploaderId) {
      const { count } = await tx.document.updateMany({ where: { id: values.documentId, ownerUserId: options.uploaderId, claimId: null, messageId: null, authorisationId: null }, data: { authorisationId: request.id, personId: request.personId, kind: "INVOICE", attachedAt: now } });
      if (count !== 1) throw new Refusal("documents.errors.attachedElsewhere", "documentId");
    }
    if (!topUpId) await tx.authorisationEvent.create({ data: { authorisationId: request.id, kind: "INVOICE_SETTLED", actorUserId: userId, data: { number, coveredMinor: result.coveredMinor, memberShareMinor: result.memberShareMinor } } });
    return { invoiceId: invoice.id, number, authorisationId: request.id, personId: request.personId, status: topUpId ? ("TOP_UP_REQUESTED" as const) : ("SETTLED" as const), topUpId, created: true };
  }, { timeout: 20_000 });
}
