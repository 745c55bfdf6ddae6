import { z } from "zod";
import { isRealIsoDate } from "../rules/dates";

/**
 * The employer forms' and pages' schemas, shared by each form (react-hook-form) and its server
 * action. Messages are keys in the `employer` namespace, translated beside the field.
 */
const isoDate = (required: string) => z.string({ error: required }).trim().min(1, required).refine(isRealIsoDate, "employer.errors.dateInvalid");

export const STAFF_STATUSES = ["active", "joining", "leaving", "ended"] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** The staff list's search parameters (a plain GET form): anything else is ignored. */
export const staffQuerySchema = z.object({
  q: z.string().trim().max(80).optional().transform((v) => (v ? v : undefined)),
  status: z.enum(["all", ...STAFF_STATUSES]).catch("all").default("all"),
  after: z.string().max(20).optional(),
  before: z.string().max(20).optional(),
});
export type StaffQuery = z.infer<typeof staffQuerySchema>;

export const employeeNumberSchema = z
  .string({ error: "employer.errors.employeeNumberRequired" })
  .trim()
  .min(1, "employer.errors.employeeNumberRequired")
  .max(20, "employer.errors.employeeNumberInvalid")
  .regex(/^[A-Za-z0-9-]+$/, "employer.errors.employeeNumberInvalid");

/** Preview first (dates and premium change shown), then the same values confirmed. */
const intent = z.enum(["preview", "confirm"]).default("preview");

export const joinerSchema = z.object({
  firstName: z.string({ error: "employer.errors.firstNameRequired" }).trim().min(1, "employer.errors.firstNameRequired").max(100),
  lastName: z.string({ error: "employer.errors.lastNameRequired" }).trim().min(1, "employer.errors.lastNameRequired").max(100),
  birthDate: isoDate("employer.errors.birthDateRequired"),
  employeeNumber: employeeNumberSchema,
  startDate: isoDate("employer.errors.startDateRequired"),
  email: z
    .string()
    .trim()
    .max(254)
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined))
    .pipe(z.email("employer.errors.emailInvalid").optional()),
  intent,
});
export type JoinerInput = z.output<typeof joinerSchema>;

export const LEAVE_REASONS = ["employment_ended", "left_scheme", "died", "no_danish_address"] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

export const leaverSchema = z.object({
  enrolmentId: z.uuid("employer.errors.notFound"),
  employmentEndDate: isoDate("employer.errors.endDateRequired"),
  reason: z.enum(LEAVE_REASONS, { error: "employer.errors.reasonRequired" }),
  intent,
});
export type LeaverInput = z.output<typeof leaverSchema>;

export const confirmImportSchema = z.object({ importId: z.uuid("employer.errors.notFound") });

/** A CSV file as the browser sends it (base64, ≤ ~1.4 MB: about 20,000 rows). */
export const uploadImportSchema = z.object({
  fileName: z.string().trim().min(1, "employer.import.fileErrors.required").max(255),
  file: z.string().min(1, "employer.import.fileErrors.required").max(2_000_000, "employer.import.fileErrors.tooLarge").regex(/^[A-Za-z0-9+/=]*$/, "employer.import.fileErrors.required"),
});
