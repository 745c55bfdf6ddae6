import "server-only";
import type { Db } from "../../db/client";
import type { ClaimLine, Prisma } from "../../db/generated/client";
import { evaluateClaim, type ClaimDecision, type LineDecision } from "../../rules";
import { buildAdjudicationCase, matchLineDecisions } from "../adjudicate";
import { copenhagenDay } from "../../i18n/format";

type ClaimWithLines = Prisma.ClaimGetPayload<{ include: { lines: true } }>;

export interface Proposal {
  decision: ClaimDecision;
  lines: { line: ClaimLine; decision: LineDecision }[];
}

/**
 * The engine's proposal as the handler sees it: evaluated afresh on the claim's current lines
 * and documents (an information response may have added a referral), on the submission day.
 * Falls back to the decision stored at adjudication if the case cannot be built any more.
 */
export async function proposalFor(db: Db, claim: ClaimWithLines): Promise<Proposal | null> {
  let decision: ClaimDecision | null = null;
  try {
    decision = evaluateClaim(await buildAdjudicationCase(db, claim, copenhagenDay(claim.submittedAt ?? claim.createdAt)));
  } catch (error) {
    console.error(`[handler] could not evaluate claim ${claim.id}; using the stored decision`, error);
    decision = (claim.engineDecision as unknown as ClaimDecision | null) ?? null;
  }
  if (!decision) return null;
  return { decision, lines: matchLineDecisions(claim.lines, decision) };
}
