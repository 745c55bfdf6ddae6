import { z } from "zod";
import { RULE_IDS } from "./ruleIds";

/** Every user-facing text exists in Danish and English; the UI picks by the member's locale. */
export const localisedTextSchema = z.object({
  da: z.string().min(1),
  en: z.string().min(1),
});
export type LocalisedText = z.infer<typeof localisedTextSchema>;

export const ruleIdSchema = z.enum(RULE_IDS);

/** A reason is a rule id plus its explanation in both languages. */
export const reasonSchema = z.object({
  ruleId: ruleIdSchema,
  da: z.string(),
  en: z.string(),
});
export type Reason = z.infer<typeof reasonSchema>;

export type Locale = "da" | "en";
