/**
 * The handler console's action schemas: the browser forms and the server actions parse with the
 * same objects. Client-safe (zod, the rule ids and the claim form's amount parser only).
 * Messages are translation keys.
 */
import { z } from "zod";
import { RULE_IDS } from "../../rules/ruleIds";
import { parseAmount } from "../amount";

const E = (key: string) => `handler.errors.${key}`;

export const HANDLER_LINE_DECISIONS = ["approve", "adjust", "reject"] as const;
export type HandlerLineDecision = (typeof HANDLER_LINE_DECISIONS)[number];

const ruleIdOrEmpty = z.union([z.literal(""), z.enum(RULE_IDS)], { error: E("ruleIdInvalid") }).default("");
const requiredRuleId = z.enum(RULE_IDS, { error: E("ruleIdRequired") });
const reasonText = z.string().trim().max(1000, E("tooLong")).default("");

const lineSchema = z.object({
  lineId: z.uuid(E("invalid")),
  decision: z.enum(HANDLER_LINE_DECISIONS, { error: E("invalid") }),
  /** The new payable amount as typed ("450,00"); only for "adjust". */
  amount: z.string().max(40, E("amountInvalid")).default(""),
  ruleId: ruleIdOrEmpty,
  reason: reasonText,
});

export const decideClaimSchema = z
  .object({
    claimId: z.uuid(E("invalid")),
    locale: z.enum(["da", "en"]).default("da"),
    lines: z.array(lineSchema).min(1, E("invalid")).max(50, E("invalid")),
  })
  .transform((value, ctx) => ({
    claimId: value.claimId,
    lines: value.lines.map((line, index) => {
      let amountMinor: number | undefined;
      if (line.decision === "adjust") {
        const parsed = parseAmount(line.amount, value.locale);
        if (parsed.ok) amountMinor = parsed.minor;
        else ctx.addIssue({ code: "custom", path: ["lines", index, "amount"], message: parsed.messageKey });
      }
      if (line.decision !== "approve" && line.reason.length < 3) {
        ctx.addIssue({ code: "custom", path: ["lines", index, "reason"], message: E("reasonRequired") });
      }
      if (line.decision === "reject" && line.ruleId === "") {
        ctx.addIssue({ code: "custom", path: ["lines", index, "ruleId"], message: E("ruleIdRequired") });
      }
      return { lineId: line.lineId, decision: line.decision, amountMinor, ruleId: line.ruleId || null, reason: line.reason };
    }),
  }));
export type DecideClaimInput = z.input<typeof decideClaimSchema>;
export type DecideClaimValues = z.output<typeof decideClaimSchema>;

export const rejectClaimSchema = z.object({
  claimId: z.uuid(E("invalid")),
  ruleId: requiredRuleId,
  reason: z.string({ error: E("reasonRequired") }).trim().min(3, E("reasonRequired")).max(1000, E("tooLong")),
});
export type RejectClaimValues = z.output<typeof rejectClaimSchema>;

export const requestInformationSchema = z.object({
  claimId: z.uuid(E("invalid")),
  ruleId: requiredRuleId,
  text: z.string({ error: E("textRequired") }).trim().min(10, E("textRequired")).max(2000, E("tooLong")),
});
export type RequestInformationValues = z.output<typeof requestInformationSchema>;

export const handlerMessageSchema = z.object({
  claimId: z.uuid(E("invalid")),
  body: z.string({ error: E("messageRequired") }).trim().min(1, E("messageRequired")).max(4000, E("tooLong")),
});

/** An action on the claim as a whole that needs nothing else (record the refund paid). */
export const claimCommandSchema = z.object({ claimId: z.uuid(E("invalid")) });
export type ClaimCommandValues = z.output<typeof claimCommandSchema>;

/** ELG-2: the medical adviser's confirmation, with what the handler bases it on (shown in the timeline). */
export const confirmAcuteIllnessSchema = z.object({
  claimId: z.uuid(E("invalid")),
  note: z.string({ error: E("reasonRequired") }).trim().min(3, E("reasonRequired")).max(1000, E("tooLong")),
});
export type ConfirmAcuteIllnessValues = z.output<typeof confirmAcuteIllnessSchema>;

/** Give the claim to a handler of the same insurer (the service checks who they are). */
export const assignClaimSchema = z.object({
  claimId: z.uuid(E("invalid")),
  handlerId: z.uuid("handler.assign.errors.unknownHandler"),
});
