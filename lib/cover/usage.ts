import "server-only";
import type { Db } from "../db/client";
import type { HistoryLine } from "../rules";
import { deductibleTakenMinor } from "../claims/line-steps";
import { isoDay } from "../db/date-column";

/** Statuses whose lines are settled money: they fill caps, counters and the deductible. */
const SETTLED_STATUSES = ["DECIDED", "PAID"] as const;

/**
 * What a person has used of their cover: their approved lines of settled claims, oldest first,
 * as the engine's history (caps, visit limits, the deductible taken, PA-2 counts).
 * `excludeClaimId` leaves a claim's own lines out (re-adjudicating a claim must not count it against itself).
 */
export async function loadSettledHistory(db: Pick<Db, "claimLine">, personId: string, excludeClaimId?: string): Promise<HistoryLine[]> {
  const lines = await db.claimLine.findMany({
    where: {
      outcome: { in: ["APPROVED", "PARTLY_APPROVED"] },
      claim: {
        personId,
        status: { in: [...SETTLED_STATUSES] },
        ...(excludeClaimId ? { id: { not: excludeClaimId } } : {}),
      },
    },
    orderBy: [{ treatmentDate: "asc" }, { lineNo: "asc" }],
    select: {
      claimId: true,
      treatmentDate: true,
      category: true,
      amountMinor: true,
      payableMinor: true,
      quantity: true,
      currency: true,
      steps: true,
      claim: { select: { diagnosis: true } },
    },
  });
  return lines.map((line) => historyLineOf({ ...line, diagnosis: line.claim.diagnosis }));
}

/** A settled line as the engine's history line (also used by the member home, which loads several persons in one statement). */
export function historyLineOf(line: {
  claimId: string;
  treatmentDate: Date;
  category: string;
  amountMinor: number;
  payableMinor: number | null;
  quantity: number;
  currency: string;
  steps: unknown;
  diagnosis: string | null;
}): HistoryLine {
  const paid = Math.max(0, line.payableMinor ?? 0);
  return {
    date: isoDay(line.treatmentDate),
    categoryCode: line.category,
    claimedMinor: Math.max(line.amountMinor, paid),
    paidMinor: paid,
    deductibleMinor: deductibleTakenMinor(line.steps),
    quantity: line.quantity,
    currency: line.currency,
    diagnosis: line.diagnosis?.trim() || undefined,
    claimId: line.claimId,
  };
}
