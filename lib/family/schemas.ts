import { z } from "zod";
import { isRealIsoDate } from "../rules/dates";
import { checkCpr } from "../rules/enrolment/cpr";

/**
 * The family forms' schemas, shared by each form (react-hook-form) and its server action. Messages
 * are keys in the `family` namespace, translated beside the field.
 */
const isoDate = (required: string) => z.string({ error: required }).trim().min(1, required).refine(isRealIsoDate, "family.errors.dateInvalid");

export const grantSchema = z.object({
  granteePersonId: z.string().uuid("family.errors.granteeRequired"),
  kind: z.enum(["HEALTH_DATA_SHARING", "POWER_OF_ATTORNEY"], { error: "family.errors.kindRequired" }),
  scope: z.enum(["ALL", "CLAIMS"], { error: "family.errors.scopeRequired" }),
  validFrom: isoDate("family.errors.validFromRequired"),
  validTo: isoDate("family.errors.validToRequired"),
  password: z.string().min(1, "family.errors.passwordRequired"),
});
export type GrantInput = z.infer<typeof grantSchema>;

export const renewGrantSchema = z.object({
  consentId: z.string().uuid("family.errors.notFound"),
  password: z.string().min(1, "family.errors.passwordRequired"),
});

export const withdrawGrantSchema = z.object({ consentId: z.string().uuid("family.errors.notFound") });

export const ADD_ROLES = ["SPOUSE", "PARTNER", "CHILD", "NEWBORN", "PARENT"] as const;
export type AddRole = (typeof ADD_ROLES)[number];

/** Yes/no answers of the FAM-3 health declaration; details only where the answer is yes. */
export const HEALTH_QUESTIONS = ["hospitalised", "chronicCondition", "ongoingTreatment", "birthComplications"] as const;

const yesNo = z.enum(["yes", "no"], { error: "family.errors.answerRequired" });
/** Health data: stored for the handler only (HealthDeclaration.answers), never shown to members again. */
export const healthDeclarationSchema = z.object({
  hospitalised: yesNo,
  chronicCondition: yesNo,
  ongoingTreatment: yesNo,
  birthComplications: yesNo,
  details: z.string().trim().max(2000, "family.errors.detailsTooLong").optional(),
});
export type HealthDeclarationAnswers = z.infer<typeof healthDeclarationSchema>;
const optionalYesNo = z.preprocess((v) => (v === "" ? undefined : v), z.enum(["yes", "no"]).optional());

export const addMemberSchema = z
  .object({
    idempotencyKey: z.string().uuid(),
    role: z.enum(ADD_ROLES, { error: "family.errors.roleRequired" }),
    firstName: z.string().trim().min(1, "family.errors.firstNameRequired").max(100),
    lastName: z.string().trim().min(1, "family.errors.lastNameRequired").max(100),
    birthDate: isoDate("family.errors.birthDateRequired"),
    cpr: z.string().trim().min(1, "family.errors.cprRequired"),
    email: z.union([z.literal(""), z.email("family.errors.emailInvalid")]).optional(),
    startDate: z.string().trim().optional(),
    livesAtHome: z.enum(["yes", "no"]).default("yes"),
    /** The health declaration, where one is needed (FAM-3; the service decides and asks for missing answers). */
    hospitalised: optionalYesNo,
    chronicCondition: optionalYesNo,
    ongoingTreatment: optionalYesNo,
    birthComplications: optionalYesNo,
    details: z.string().trim().max(2000, "family.errors.detailsTooLong").optional(),
  })
  .superRefine((value, ctx) => {
    const problem = checkCpr(value.cpr, isRealIsoDate(value.birthDate) ? value.birthDate : undefined);
    if (problem) ctx.addIssue({ code: "custom", path: ["cpr"], message: `family.errors.cpr.${problem}` });
    if (value.role !== "NEWBORN" && (!value.startDate || !isRealIsoDate(value.startDate))) {
      ctx.addIssue({ code: "custom", path: ["startDate"], message: value.startDate ? "family.errors.dateInvalid" : "family.errors.startDateRequired" });
    }
  });
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const endCoverSchema = z.object({
  enrolmentId: z.string().uuid("family.errors.notFound"),
  endDate: isoDate("family.errors.endDateRequired"),
  reason: z.enum(["REQUEST", "MAIN_INSURED_LEFT", "MAIN_INSURED_DIED"]).default("REQUEST"),
});

export const inviteSchema = z.object({
  personId: z.string().uuid("family.errors.notFound"),
  email: z.email("family.errors.emailInvalid"),
});

export const enrolmentDecisionSchema = z.object({
  enrolmentId: z.string().uuid("family.errors.notFound"),
  decision: z.enum(["ACCEPTED", "REFUSED"], { error: "family.errors.decisionRequired" }),
  note: z.string().trim().max(2000).optional(),
}).refine((v) => v.decision === "ACCEPTED" || (v.note ?? "").length > 0, { path: ["note"], message: "family.errors.refusalNoteRequired" });
