/** The handler's forms on a request, shared by the form and the action. Client-safe. */
import { z } from "zod";
import { AMOUNT_LOCALES, parseAmount } from "../../claims/amount";
import { RULE_IDS } from "../../rules/ruleIds";
import { isRealIsoDate } from "../../rules/dates";
import { authorisationError as E } from "../request-schema";

const date = z.string({ error: E("dateInvalid") }).trim().refine(isRealIsoDate, E("dateInvalid"));
const checkbox = z.union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")]).optional().transform((v) => v === true || v === "on" || v === "true");

export const DECISION_OUTCOMES = ["approve", "partly", "refuse"] as const;

export const requestDecisionSchema = z
  .object({
    authorisationId: z.uuid(E("invalid")),
    locale: z.enum(AMOUNT_LOCALES).default("da"),
    outcome: z.enum(DECISION_OUTCOMES, { error: E("outcomeRequired") }),
    amount: z.string().max(40, E("tooLong")).default(""),
    sessions: z.string().trim().max(4).default(""),
    validFrom: z.string().trim().default(""),
    validTo: z.string().trim().default(""),
    directBilling: checkbox,
    ruleId: z.union([z.literal(""), z.enum(RULE_IDS, { error: E("ruleIdRequired") })]).default(""),
    note: z.string().trim().max(2000, E("tooLong")).default(""),
    conditions: z.string().trim().max(2000, E("tooLong")).default(""),
  })
  .transform((value, ctx) => {
    const issue = (path: string, key: string) => ctx.addIssue({ code: "custom", path: [path], message: E(key) });
    const approving = value.outcome !== "refuse";
    let amountMinor: number | null = null;
    if (approving && value.amount.trim() !== "") {
      const parsed = parseAmount(value.amount, value.locale);
      if (parsed.ok) amountMinor = parsed.minor;
      else ctx.addIssue({ code: "custom", path: ["amount"], message: parsed.messageKey });
    }
    const sessions = value.sessions === "" ? null : Number(value.sessions);
    if (sessions !== null && (!Number.isInteger(sessions) || sessions < 1)) issue("sessions", "countInvalid");
    if (approving) {
      if (!date.safeParse(value.validFrom).success) issue("validFrom", "dateInvalid");
      if (!date.safeParse(value.validTo).success) issue("validTo", "dateInvalid");
      else if (value.validTo < value.validFrom) issue("validTo", "periodOrder");
    }
    // A refusal or a partial approval names the rule behind it (reason codes everywhere).
    if (value.outcome !== "approve" && value.ruleId === "") issue("ruleId", "ruleIdRequired");
    return { ...value, amountMinor, sessionsApproved: sessions };
  });
export type RequestDecisionValues = z.output<typeof requestDecisionSchema>;

export const requestInformationSchema = z.object({
  authorisationId: z.uuid(E("invalid")),
  text: z.string({ error: E("informationTextRequired") }).trim().min(1, E("informationTextRequired")).max(2000, E("tooLong")),
});

export const requestMessageSchema = z.object({
  authorisationId: z.uuid(E("invalid")),
  body: z.string({ error: E("messageRequired") }).trim().min(1, E("messageRequired")).max(4000, E("tooLong")),
});
