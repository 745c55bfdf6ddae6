/**
 * THE claim form schema (issue 4 "Claim form"): the browser form (react-hook-form) and the submit
 * server action parse with it (drafts: ./claim-draft-schema.ts). Client-safe: zod and the DOCS
 * slice's constants only; amounts are read by ../amount.ts.
 *
 * Input = what the form holds (amounts as typed text); output = what the server uses (amounts in
 * øre, document flags per line). Messages are translation keys under `claimForm.errors`.
 *
 * Checks that need the member's plan (is the category in the plan? is the currency the plan's?)
 * live in `planIssues`, which `makeClaimFormSchema({ plan })` adds in the browser and the submit
 * handler runs against the plan it re-loads itself, so the browser's answer is never trusted.
 */
import { z } from "zod";
import { copenhagenDay } from "../../i18n/format";
import { isRealIsoDate } from "../../rules/dates";
import { AMOUNT_LOCALES, parseAmount, type AmountLocale } from "../amount";
import { SETTINGS } from "../claim-case";
import { DOCUMENT_KINDS, type DocumentKind } from "../../documents/types";

export const MAX_LINES = 20;
export const MAX_DOCUMENTS = 40;

/** The translation key of a claim form error (`claimForm.errors.*`). */
export const claimFormError = (key: string) => `claimForm.errors.${key}`;
const E = claimFormError;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, E("tooLong"))
    .optional()
    .transform((v) => (v ? v : undefined));

export const optionalUuid = z
  .union([z.literal(""), z.uuid(E("invalid"))])
  .optional()
  .transform((v) => (v ? v : undefined));

export const documentKindSchema = z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]], { error: E("documentKindRequired") });

const lineSchema = z.object({
  treatmentDate: z
    .string({ error: E("dateRequired") })
    .trim()
    .min(1, E("dateRequired"))
    .refine((v) => v === "" || isRealIsoDate(v), E("dateInvalid")),
  category: z.string({ error: E("categoryRequired") }).trim().min(1, E("categoryRequired")).max(60, E("categoryUnknown")),
  setting: z.enum(SETTINGS, { error: E("settingRequired") }),
  providerId: optionalUuid,
  providerName: z.string({ error: E("providerRequired") }).trim().min(1, E("providerRequired")).max(200, E("tooLong")),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .default("DK")
    .pipe(z.string().regex(/^[A-Z]{2}$/, E("countryInvalid"))),
  amount: z.string({ error: E("amountRequired") }).max(40, E("amountInvalid")),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .default("DKK")
    .pipe(z.string().regex(/^[A-Z]{3}$/, E("currencyInvalid"))),
});

const documentLinkSchema = z.object({
  documentId: z.uuid(E("documentInvalid")),
  kind: documentKindSchema,
  lineIndexes: z.array(z.number().int().min(0).max(MAX_LINES - 1)).max(MAX_LINES),
});

const otherInsuranceSchema = z
  .object({
    declared: z.boolean().default(false),
    insurerName: optionalText(200),
    sygeforsikringDanmark: z.boolean().default(false),
  })
  .default({ declared: false, insurerName: undefined, sygeforsikringDanmark: false });

const baseObject = z.object({
  draftId: optionalUuid,
  idempotencyKey: z.uuid(E("invalid")),
  /** The locale the amounts were typed in (decides "1.234,50" vs "1,234.50"). */
  locale: z.enum(AMOUNT_LOCALES).default("da"),
  personId: z.uuid(E("personRequired")),
  lines: z.array(lineSchema).min(1, E("linesMin")).max(MAX_LINES, E("linesMax")),
  diagnosis: z.string({ error: E("diagnosisRequired") }).trim().min(1, E("diagnosisRequired")).max(500, E("tooLong")),
  emergency: z.boolean().default(false),
  authorisationReference: optionalText(40),
  otherInsurance: otherInsuranceSchema,
  documents: z.array(documentLinkSchema).max(MAX_DOCUMENTS, E("documentsMax")).default([]),
});

type BaseOutput = z.output<typeof baseObject>;

/** The plan facts the browser knows and the server re-loads: category codes and the currency. */
export interface PlanContext {
  currency: string;
  benefitCategories: readonly { code: string }[];
}

export interface SchemaOptions {
  /** "YYYY-MM-DD"; default: Copenhagen today at the time of parsing. */
  today?: string | (() => string);
  /** When given, categories and currencies are checked against the plan too. */
  plan?: PlanContext;
  /**
   * For the live estimate: the fields the calculation does not need (provider, diagnosis,
   * half-described documents) may still be empty, so the estimate shows while typing.
   */
  forEstimate?: boolean;
  /**
   * The locale amounts are typed in, when known up front (the browser knows it). Without it a
   * field passes if it reads as an amount in either locale; the exact reading follows `locale`.
   */
  amountLocale?: AmountLocale;
}

export interface FieldIssue {
  path: (string | number)[];
  messageKey: string;
}

/** Category and currency against the member's plan; shared by the browser and the submit handler. */
export function planIssues(values: { lines: readonly { category: string; currency: string }[] }, plan: PlanContext): FieldIssue[] {
  const codes = new Set(plan.benefitCategories.map((c) => c.code));
  const issues: FieldIssue[] = [];
  values.lines.forEach((line, index) => {
    if (line.category && !codes.has(line.category)) issues.push({ path: ["lines", index, "category"], messageKey: E("categoryUnknown") });
    if (line.currency && line.currency !== plan.currency) issues.push({ path: ["lines", index, "currency"], messageKey: E("currencyMismatch") });
  });
  return issues;
}

function todayOf(options: SchemaOptions): string {
  return typeof options.today === "function" ? options.today() : (options.today ?? copenhagenDay());
}

/**
 * Checks that belong to a single field run at the field, so their messages appear even while
 * other fields are still empty (zod skips object-level refinements until the object parses).
 */
function fieldCheckedLine<Line extends typeof lineSchema>(line: Line, options: SchemaOptions) {
  return line.extend({
    treatmentDate: lineSchema.shape.treatmentDate.refine((value) => !isRealIsoDate(value) || value <= todayOf(options), E("dateInFuture")),
    amount: lineSchema.shape.amount.superRefine((text, ctx) => {
      const readings = (options.amountLocale ? [options.amountLocale] : AMOUNT_LOCALES).map((locale) => parseAmount(text, locale));
      const failed = readings.find((reading) => !reading.ok);
      if (!readings.some((reading) => reading.ok) && failed && !failed.ok) ctx.addIssue({ code: "custom", message: failed.messageKey });
    }),
  });
}

function checkAndCompute(value: BaseOutput, ctx: z.RefinementCtx) {
  const amounts: number[] = [];
  value.lines.forEach((line, index) => {
    const parsed = parseAmount(line.amount, value.locale);
    if (parsed.ok) amounts.push(parsed.minor);
    else {
      amounts.push(0);
      ctx.addIssue({ code: "custom", path: ["lines", index, "amount"], message: parsed.messageKey });
    }
  });
  if (value.otherInsurance.declared && !value.otherInsurance.insurerName) {
    ctx.addIssue({ code: "custom", path: ["otherInsurance", "insurerName"], message: E("otherInsurerRequired") });
  }
  const seen = new Set<string>();
  value.documents.forEach((doc, index) => {
    if (seen.has(doc.documentId)) ctx.addIssue({ code: "custom", path: ["documents", index, "documentId"], message: E("documentInvalid") });
    seen.add(doc.documentId);
    if (doc.lineIndexes.some((i) => i >= value.lines.length)) {
      ctx.addIssue({ code: "custom", path: ["documents", index, "lineIndexes"], message: E("documentLinesRequired") });
    } else if (doc.lineIndexes.length === 0) {
      ctx.addIssue({ code: "custom", path: ["documents", index, "lineIndexes"], message: E("documentLinesRequired") });
    }
  });
  return amounts;
}

/** Which proofs each line has, from the kinds of the documents linked to it (never asked twice). */
export function documentFlags(documents: readonly { kind: DocumentKind; lineIndexes: readonly number[] }[], lineIndex: number) {
  const kinds = new Set(documents.filter((d) => d.lineIndexes.includes(lineIndex)).map((d) => d.kind));
  return {
    referralPresent: kinds.has("REFERRAL"),
    prescriptionPresent: kinds.has("PRESCRIPTION"),
    // CLM-1: an itemised, receipted invoice; a separate receipt proves payment too.
    receiptPresent: kinds.has("INVOICE") || kinds.has("RECEIPT"),
  };
}

/** The claim form schema; `claimFormSchema` is the default instance (no plan context). */
export function makeClaimFormSchema(options: SchemaOptions = {}) {
  const object = options.forEstimate
    ? baseObject.extend({
        lines: z
          .array(fieldCheckedLine(lineSchema, options).extend({ providerName: z.string().max(200, E("tooLong")).default("") }))
          .min(1, E("linesMin"))
          .max(MAX_LINES, E("linesMax")),
        diagnosis: z.string().trim().max(500, E("tooLong")).default(""),
        // Documents not yet described (no kind or no line) simply do not count yet.
        documents: z
          .array(z.object({ documentId: z.string(), kind: z.string().optional(), lineIndexes: z.array(z.number()).default([]) }))
          .default([])
          .transform((docs) =>
            docs.flatMap((d) => {
              const kind = documentKindSchema.safeParse(d.kind);
              return kind.success && d.lineIndexes.length > 0 && /^[0-9a-f-]{36}$/i.test(d.documentId)
                ? [{ documentId: d.documentId, kind: kind.data, lineIndexes: d.lineIndexes }]
                : [];
            }),
          ),
      })
    : baseObject.extend({ lines: z.array(fieldCheckedLine(lineSchema, options)).min(1, E("linesMin")).max(MAX_LINES, E("linesMax")) });
  // Both variants have the same output shape; only what they accept as input differs.
  return (object as typeof baseObject).transform((value, ctx) => {
    const amounts = checkAndCompute(value, ctx);
    if (options.plan) {
      for (const issue of planIssues(value, options.plan)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.messageKey });
    }
    return {
      ...value,
      lines: value.lines.map((line, index) => ({
        ...line,
        amountMinor: amounts[index] ?? 0,
        ...documentFlags(value.documents, index),
      })),
    };
  });
}

export const claimFormSchema = makeClaimFormSchema();

/** What the form holds (amounts as typed). */
export type ClaimFormInput = z.input<typeof claimFormSchema>;
/** What the server uses (amounts in øre, proofs per line). */
export type ClaimFormValues = z.output<typeof claimFormSchema>;
export type ClaimFormLine = ClaimFormValues["lines"][number];
