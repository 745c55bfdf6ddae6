import { z } from "zod";
import { isoDateSchema, toDay } from "./dates";
import { formatPercent } from "./money";
import { guaranteeSchema, historyLineSchema, preAuthorisationSchema } from "./schema/claimCase";
import { codeSchema, planSchema, settingSchema } from "./schema/plan";
import { Ledger, postHistory } from "./engine/ledger";
import { indexPlan } from "./engine/planIndex";
import { assessPreAuthorisation } from "./engine/preAuthorisationAssessment";
import type { Reason } from "./text";

export const preAuthorisationQuestionSchema = z.object({
  plan: planSchema,
  policyStartDate: isoDateSchema,
  history: z.array(historyLineSchema).default([]),
  preAuthorisations: z.array(preAuthorisationSchema).default([]),
  guarantees: z.array(guaranteeSchema).default([]),
  treatment: z.object({
    categoryCode: codeSchema,
    date: isoDateSchema,
    setting: settingSchema.default("out_patient"),
    quantity: z.number().int().positive().default(1),
    country: z.string().regex(/^[A-Z]{2}$/).default("DK"),
    supplyDays: z.number().int().positive().optional(),
  }),
});
export type PreAuthorisationQuestion = z.infer<typeof preAuthorisationQuestionSchema>;

export interface PreAuthorisationAnswer {
  needed: boolean;
  /** PA-1, PA-2 or PA-5 when needed. */
  ruleId: Reason["ruleId"] | undefined;
  /** Already approved by a pre-authorisation or guarantee of payment. */
  alreadyApprovedBy: string | undefined;
  /** PA-2 treatment count so far, e.g. physiotherapy 8 of 10. */
  treatmentCount: { soFar: number; free: number; categories: string[] } | undefined;
  /** PA-4: what happens without approval. */
  withoutApproval: { action: "refuse" } | { action: "reduce"; percent: number };
  reasons: Reason[];
}

/** "Does this planned treatment need pre-authorisation?" (PA-1, PA-2, PA-4, PA-5). */
export function checkPreAuthorisation(question: PreAuthorisationQuestion): PreAuthorisationAnswer {
  const index = indexPlan(question.plan);
  const ledger = new Ledger(index, question.policyStartDate, new Set(question.preAuthorisations.filter((p) => p.sessions !== undefined).map((p) => p.categoryCode)));
  const day = toDay(question.treatment.date);
  // Only treatment before the planned date counts towards "after 10 treatments".
  postHistory(ledger, question.history.filter((line) => toDay(line.date) <= day));
  const assessment = assessPreAuthorisation(question.plan, index, ledger, question.treatment, question.preAuthorisations, question.guarantees);
  const reasons: Reason[] = [];
  const count = assessment.count;
  if (count !== undefined) {
    reasons.push({
      ruleId: "PA-2",
      da: `${count.soFar} af ${count.free} behandlinger er brugt, før forhåndsgodkendelse kræves.`,
      en: `${count.soFar} of ${count.free} treatments used before pre-authorisation is needed.`,
    });
  }
  if (assessment.required && assessment.why !== undefined && assessment.ruleId !== undefined) {
    reasons.push({ ruleId: assessment.ruleId, da: assessment.why.da, en: assessment.why.en });
    if (assessment.approval !== undefined) {
      reasons.push({ ruleId: "PA-5", da: `Allerede godkendt (${assessment.approval.id}).`, en: `Already approved (${assessment.approval.id}).` });
    } else if (assessment.withoutApproval.action === "refuse") {
      reasons.push({ ruleId: "PA-4", da: "Uden forhåndsgodkendelse betales behandlingen ikke.", en: "Without pre-authorisation the treatment is not paid." });
    } else {
      const percent = assessment.withoutApproval.percent;
      reasons.push({
        ruleId: "PA-4",
        da: `Uden forhåndsgodkendelse kan kravet afvises; betales det, nedsættes det med ${formatPercent(percent, "da")}.`,
        en: `Without pre-authorisation the claim may be refused; if paid, it is reduced by ${formatPercent(percent, "en")}.`,
      });
    }
  } else {
    reasons.push({ ruleId: "PA-2", da: "Behandlingen kræver ikke forhåndsgodkendelse.", en: "The treatment does not need pre-authorisation." });
  }
  return {
    needed: assessment.required,
    ruleId: assessment.ruleId,
    alreadyApprovedBy: assessment.approval?.id,
    treatmentCount: count,
    withoutApproval: assessment.withoutApproval,
    reasons,
  };
}
