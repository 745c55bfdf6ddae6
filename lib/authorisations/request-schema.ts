/**
 * THE request form schema (GOP-1, PA-3, PA-5): the browser form and the submit action parse with
 * it; the draft schema keeps anything half-typed. Client-safe (zod and pure helpers only).
 * Messages are translation keys under `authorisations.errors` (amounts reuse the claim form's).
 */
import { z } from "zod";
import { AMOUNT_LOCALES, parseAmount } from "../claims/amount";
import { SETTINGS } from "../claims/claim-case";
import { copenhagenDay } from "../i18n/format";
import { isRealIsoDate } from "../rules/dates";

export const authorisationError = (key: string) => `authorisations.errors.${key}`;
const E = authorisationError;

/** The kinds a member attaches to a request (GOP-1: referral, medical reports, prescriptions). */
export const REQUEST_DOCUMENT_KINDS = ["REFERRAL", "MEDICAL_REPORT", "PRESCRIPTION", "OTHER"] as const;
export const MAX_REQUEST_DOCUMENTS = 20;
export const MAX_SESSIONS = 100;

const uuidOrEmpty = z
  .union([z.literal(""), z.uuid(E("invalid"))])
  .optional()
  .transform((v) => (v ? v : undefined));

const requiredText = (key: string, max: number) => z.string({ error: E(key) }).trim().min(1, E(key)).max(max, E("tooLong"));
const optionalIsoDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isRealIsoDate(v), E("dateInvalid"));
const optionalCount = (max: number) =>
  z
    .union([z.literal(""), z.coerce.number({ error: E("countInvalid") }).int(E("countInvalid")).min(1, E("countInvalid")).max(max, E("countInvalid"))])
    .optional()
    .transform((v) => (v === "" || v === undefined ? undefined : v));

const documentSchema = z.object({ documentId: z.uuid(E("invalid")), kind: z.enum(REQUEST_DOCUMENT_KINDS, { error: E("documentKindRequired") }) });

const baseObject = z.object({
  draftId: uuidOrEmpty,
  idempotencyKey: z.uuid(E("invalid")),
  locale: z.enum(AMOUNT_LOCALES).default("da"),
  personId: z.uuid(E("personRequired")),
  /** PA-3: treatment has already begun (emergency notice, a retrospective request). */
  emergency: z.boolean().default(false),
  /** "YYYY-MM-DDTHH:mm" Copenhagen wall time, as a datetime-local input gives it. */
  treatmentStartedAt: z.string().trim().max(16).optional().transform((v) => (v ? v : undefined)),
  category: requiredText("categoryRequired", 60),
  setting: z.enum(SETTINGS, { error: E("settingRequired") }),
  country: z.string().trim().toUpperCase().default("DK").pipe(z.string().regex(/^[A-Z]{2}$/, E("countryInvalid"))),
  diagnosis: requiredText("diagnosisRequired", 500),
  plannedTreatment: requiredText("treatmentRequired", 1000),
  providerId: uuidOrEmpty,
  providerName: requiredText("providerRequired", 200),
  /** GOP-1: the planned admission / first treatment day; for an emergency, the day treatment began. */
  plannedDate: z.string().trim().max(10, E("dateInvalid")).default(""),
  estimatedCost: z.string().max(40, E("tooLong")).default(""),
  sessions: optionalCount(MAX_SESSIONS),
  periodFrom: optionalIsoDate,
  periodTo: optionalIsoDate,
  supplyDays: optionalCount(3650),
  documents: z.array(documentSchema).max(MAX_REQUEST_DOCUMENTS, E("documentsMax")).default([]),
});

export interface RequestSchemaOptions {
  /** Copenhagen "YYYY-MM-DD"; default: today when parsing. */
  today?: string;
  /** Copenhagen "YYYY-MM-DDTHH:mm" now, for the emergency start time (not in the future). */
  nowLocal?: string;
}

/** Copenhagen wall-clock "YYYY-MM-DDTHH:mm" of an instant (what a datetime-local input shows). */
export function copenhagenLocalTime(instant: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
  return parts.replace(" ", "T");
}

type BaseValues = z.output<typeof baseObject>;
/** What the cross-field checks read; they also run when other fields failed, so nothing is assumed present. */
type CheckedFields = Partial<Pick<BaseValues, "emergency" | "treatmentStartedAt" | "plannedDate" | "periodFrom" | "periodTo" | "estimatedCost" | "locale">>;
const text = (value: unknown): string => (typeof value === "string" ? value.trim() : "");

/**
 * The checks between fields (dates, PA-3, the amount). They run even when another field failed,
 * so a member sees every message at once instead of a new one after each submit.
 */
function checkRequest(value: CheckedFields, ctx: z.RefinementCtx, options: RequestSchemaOptions): void {
  const today = options.today ?? copenhagenDay();
  const issue = (path: string, key: string) => ctx.addIssue({ code: "custom", path: [path], message: E(key) });
  const startedAt = text(value.treatmentStartedAt);
  const plannedDate = text(value.plannedDate);
  if (value.emergency === true) {
    if (!startedAt) issue("treatmentStartedAt", "startedAtRequired");
    else if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(startedAt) || !isRealIsoDate(startedAt.slice(0, 10))) issue("treatmentStartedAt", "dateInvalid");
    else if (startedAt > (options.nowLocal ?? copenhagenLocalTime())) issue("treatmentStartedAt", "startedAtInFuture");
  } else if (plannedDate === "") issue("plannedDate", "plannedDateRequired");
  else if (!isRealIsoDate(plannedDate)) issue("plannedDate", "dateInvalid");
  else if (plannedDate < today) {
    // GOP-1 asks before treatment; treatment already begun is an emergency notice (PA-3).
    issue("plannedDate", "plannedDateInPast");
  }
  const periodFrom = text(value.periodFrom);
  const periodTo = text(value.periodTo);
  if (periodFrom && periodTo && isRealIsoDate(periodFrom) && isRealIsoDate(periodTo) && periodTo < periodFrom) issue("periodTo", "periodOrder");
  const cost = text(value.estimatedCost);
  if (cost === "") return;
  const amount = parseAmount(cost, value.locale === "en" ? "en" : "da");
  if (!amount.ok) ctx.addIssue({ code: "custom", path: ["estimatedCost"], message: amount.messageKey });
}

/** The request schema; `requestFormSchema` is the instance with today's date taken when parsing. */
export function makeRequestFormSchema(options: RequestSchemaOptions = {}) {
  return baseObject
    .superRefine((value, ctx) => checkRequest(value, ctx, options), { when: (payload) => typeof payload.value === "object" && payload.value !== null })
    .transform((value) => {
      const cost = value.estimatedCost.trim();
      const amount = cost === "" ? undefined : parseAmount(cost, value.locale);
      const estimatedCostMinor = amount?.ok ? amount.minor : undefined;
      const plannedDate = value.emergency && value.treatmentStartedAt ? value.treatmentStartedAt.slice(0, 10) : value.plannedDate;
      return { ...value, plannedDate, estimatedCostMinor };
    });
}

export const requestFormSchema = makeRequestFormSchema();
export type RequestFormInput = z.input<typeof requestFormSchema>;
export type RequestFormValues = z.output<typeof requestFormSchema>;

const draftText = (max: number) => z.string().max(max, E("tooLong")).default("");

/** A draft: anything half-typed is kept; only shape and sizes are checked. */
export const requestDraftSchema = z.object({
  draftId: uuidOrEmpty,
  idempotencyKey: z.uuid(E("invalid")),
  locale: z.enum(AMOUNT_LOCALES).default("da"),
  personId: z.uuid(E("personRequired")),
  emergency: z.boolean().default(false),
  treatmentStartedAt: draftText(16),
  category: draftText(60),
  setting: z.enum(SETTINGS).default("out_patient"),
  country: draftText(2),
  diagnosis: draftText(500),
  plannedTreatment: draftText(1000),
  providerId: draftText(36),
  providerName: draftText(200),
  plannedDate: draftText(10),
  estimatedCost: draftText(40),
  sessions: draftText(4),
  periodFrom: draftText(10),
  periodTo: draftText(10),
  supplyDays: draftText(5),
  documents: z
    .array(z.object({ documentId: z.uuid(E("invalid")), kind: z.union([z.literal(""), z.enum(REQUEST_DOCUMENT_KINDS)]).default("") }))
    .max(MAX_REQUEST_DOCUMENTS, E("documentsMax"))
    .default([]),
});
export type RequestDraftValues = z.output<typeof requestDraftSchema>;
