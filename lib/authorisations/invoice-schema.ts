/** The provider-invoice form (GOP-3), shared by the handler's and the member's form and their actions. Client-safe. */
import { z } from "zod";
import { AMOUNT_LOCALES, parseAmount } from "../claims/amount";
import { isRealIsoDate } from "../rules/dates";
import { authorisationError as E } from "./request-schema";

const date = (key: string) => z.string({ error: E(key) }).trim().min(1, E(key)).refine(isRealIsoDate, E("dateInvalid"));

export const invoiceFormSchema = z
  .object({
    authorisationId: z.uuid(E("invalid")),
    idempotencyKey: z.uuid(E("invalid")),
    locale: z.enum(AMOUNT_LOCALES).default("da"),
    invoiceNumber: z.string({ error: E("invoiceNumberRequired") }).trim().min(1, E("invoiceNumberRequired")).max(60, E("tooLong")),
    invoiceDate: date("invoiceDateRequired"),
    /** GOP-4: the day the member paid (patient-association membership). */
    paidOn: z.string().trim().optional().transform((v) => (v ? v : undefined)).refine((v) => v === undefined || isRealIsoDate(v), E("dateInvalid")),
    amount: z.string({ error: E("amountRequired") }).max(40, E("tooLong")),
    documentId: z.union([z.literal(""), z.uuid(E("invalid"))]).optional().transform((v) => (v ? v : undefined)),
  })
  .transform((value, ctx) => {
    const amount = parseAmount(value.amount, value.locale);
    if (!amount.ok) ctx.addIssue({ code: "custom", path: ["amount"], message: amount.messageKey });
    return { ...value, amountMinor: amount.ok ? amount.minor : 0 };
  });
export type InvoiceFormValues = z.output<typeof invoiceFormSchema>;
