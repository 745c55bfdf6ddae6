import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "../../auth/session";
import { workingDaysBetween } from "../../cover/working-days";
import { db } from "../../db/client";
import type { Locale } from "../../i18n/config";
import { copenhagenDay, formatMoney } from "../../i18n/format";
import { isUuid } from "../../server/route-input";
import { oneSearchParam, requestIp, requestLocale, type PageSearchParams } from "../../server/request-context";
import { listColleagues, type HandlerOption } from "./assign";
import { queueFiltersSchema, type QueueFilters } from "./queue-filters";
import { listHandlerQueue, type QueueItem } from "./queue";
import { loadClaimReview, type ClaimReview } from "./review";

/**
 * The claims handler's pages, loaded: each page awaits one of these and renders what it returns.
 * Only handlers (requireUser), only claims of their insurer (else 404); reads are audited.
 */

export interface HandlerQueuePage {
  items: QueueItem[];
  filters: QueueFilters;
  /** The insurer's plans, for the plan filter. */
  plans: { id: string; label: string }[];
}

/** The handler's home: open claims of their insurer, most urgent first (CLM-5: 5 working days), filtered. */
export async function loadHandlerQueuePage(searchParams?: Promise<PageSearchParams>): Promise<HandlerQueuePage> {
  const user = await requireUser("CLAIMS_HANDLER");
  const params = (await searchParams) ?? {};
  const filters = queueFiltersSchema.parse({
    status: oneSearchParam(params.status),
    overdue: oneSearchParam(params.overdue),
    plan: oneSearchParam(params.plan),
    mine: oneSearchParam(params.mine),
  });
  const locale = await requestLocale();
  const [items, plans] = await Promise.all([
    listHandlerQueue(db(), user, new Date(), 200, filters),
    user.insurerId ? db().plan.findMany({ where: { insurerId: user.insurerId }, orderBy: [{ nameDa: "asc" }, { version: "asc" }], select: { id: true, nameDa: true, nameEn: true } }) : [],
  ]);
  return { items, filters, plans: plans.map((plan) => ({ id: plan.id, label: locale === "da" ? plan.nameDa : plan.nameEn })) };
}

/** A line of the decision form, its amounts as text in the handler's language. */
export interface DecisionFormLine {
  id: string;
  lineNo: number;
  category: string;
  claimedText: string;
  proposedText: string;
}

export interface ClaimReviewPage {
  review: ClaimReview;
  locale: Locale;
  /** Working days left to the decision target (negative: overdue); null once decided or without a due date. */
  daysLeft: number | null;
  /** The rule the engine asked information for, preset in the request-information form. */
  suggestedRuleId: string | undefined;
  decisionLines: DecisionFormLine[];
  /** A waiting period (ELG-2) holds a line: the medical adviser's confirmation may waive it. */
  waitingPeriodCited: boolean;
  /** The insurer's handlers, whom the claim can be given to. */
  colleagues: HandlerOption[];
  userId: string;
}

/** Review of one claim: documents inline beside the engine's proposal, then the actions, timeline and messages. */
export async function loadClaimReviewPage(params: Promise<{ id: string }>): Promise<ClaimReviewPage> {
  const user = await requireUser("CLAIMS_HANDLER");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const review = await loadClaimReview(db(), user, id, { ip: await requestIp() });
  if (!review) notFound();
  const [locale, colleagues] = await Promise.all([requestLocale(), listColleagues(db(), user)]);
  const money = (minor: number) => formatMoney(minor, review.currency, locale);
  const now = new Date();
  return {
    review,
    locale,
    daysLeft: review.open && review.dueAt ? workingDaysBetween(copenhagenDay(now), copenhagenDay(new Date(review.dueAt))) : null,
    suggestedRuleId: review.lines.flatMap((line) => (line.proposal?.outcome === "needs_information" ? line.proposal.reasons.map((r) => r.ruleId) : []))[0],
    colleagues,
    userId: user.userId,
    waitingPeriodCited: review.lines.some((line) => line.proposal?.reasons.some((reason) => reason.ruleId === "ELG-2") ?? false),
    decisionLines: review.lines.map((line) => ({
      id: line.id,
      lineNo: line.lineNo,
      category: line.categoryLabel[locale],
      claimedText: money(line.amountMinor),
      proposedText: line.proposal ? money(line.proposal.outcome === "rejected" ? 0 : line.proposal.payableMinor) : "—",
    })),
  };
}
