/**
 * The GOP / pre-authorisation letter's content (issue 11, point 4), frozen at decision time in both
 * languages: reference, member, patient, provider, treatment, approved amount and sessions,
 * validity, what the member pays themself (deductible, uncovered part) and the conditions. Pure.
 */
import type { Locale } from "../i18n/config";
import { formatDate, formatMoney } from "../i18n/format";

export interface LetterFacts {
  reference: string;
  kind: "PRE_AUTHORISATION" | "GUARANTEE_OF_PAYMENT";
  status: "APPROVED" | "PARTLY_APPROVED";
  issuedOn: string;
  insurerName: string;
  memberName: string;
  policyNumber: string;
  patientName: string;
  patientBirthDate: string;
  providerName: string;
  treatment: Record<Locale, string>;
  plannedTreatment: string;
  diagnosis: string;
  currency: string;
  estimatedCostMinor: number | null;
  approvedAmountMinor: number | null;
  sessionsApproved: number | null;
  validFrom: string;
  validTo: string;
  directBilling: boolean;
  deductibleMinor: number;
  memberShareMinor: number;
  conditions: string | null;
}

export interface LetterSection {
  title: string;
  rows: [string, string][];
  paragraphs?: string[];
}

export interface LetterPage {
  locale: Locale;
  heading: string;
  lead: string;
  sections: LetterSection[];
  footer: string;
}

const WORDS = {
  da: {
    gop: "Betalingsgaranti", pa: "Forhåndsgodkendelse", partly: "delvist godkendt",
    lead: "Vi har godkendt behandlingen nedenfor. Behandleren sender fakturaen til os med referencen.",
    leadPa: "Vi har godkendt behandlingen nedenfor. Send regningen til os med referencen, når du har fået behandlingen.",
    parties: "Parter", reference: "Reference", issued: "Udstedt", insurer: "Forsikring", member: "Medlem", policy: "Police", patient: "Patient", born: "født", provider: "Behandler",
    treatment: "Behandling", category: "Dækning", planned: "Planlagt behandling", diagnosis: "Diagnose",
    approval: "Godkendelse", amount: "Garanteret beløb", estimate: "Forventet pris", sessions: "Behandlinger", validity: "Gyldig", direct: "Direkte afregning med os", yes: "ja", no: "nej", none: "ikke fastsat",
    own: "Det betaler du selv", deductible: "Selvrisiko", uncovered: "Ikke dækket del", ownTotal: "Din andel i alt",
    conditions: "Betingelser", standard: "Garantien gælder kun den nævnte behandling, hos den nævnte behandler og i perioden (PA-5). Fakturaen afregnes op til garantiens beløb; du betaler kun din egen andel og får en afregningsnote (GOP-3).",
    footer: "Udstedt af Medlemsportalen",
  },
  en: {
    gop: "Guarantee of payment", pa: "Pre-authorisation", partly: "partly approved",
    lead: "We have approved the treatment below. The provider sends the invoice to us quoting the reference.",
    leadPa: "We have approved the treatment below. Send the bill to us quoting the reference once you have been treated.",
    parties: "Parties", reference: "Reference", issued: "Issued", insurer: "Insurer", member: "Member", policy: "Policy", patient: "Patient", born: "born", provider: "Provider",
    treatment: "Treatment", category: "Cover", planned: "Planned treatment", diagnosis: "Diagnosis",
    approval: "Approval", amount: "Guaranteed amount", estimate: "Estimated cost", sessions: "Sessions", validity: "Valid", direct: "Direct billing with us", yes: "yes", no: "no", none: "not set",
    own: "What you pay yourself", deductible: "Deductible", uncovered: "Uncovered part", ownTotal: "Your share in total",
    conditions: "Conditions", standard: "The guarantee covers only the treatment named, by the provider named and within the period (PA-5). The invoice is settled up to the guaranteed amount; you pay only your own share and receive a settlement note (GOP-3).",
    footer: "Issued by the Member Portal",
  },
} as const;

export function letterPages(facts: LetterFacts): LetterPage[] {
  return (["da", "en"] as const).map((locale) => {
    const w = WORDS[locale];
    const money = (minor: number | null) => (minor === null ? w.none : formatMoney(minor, facts.currency, locale));
    const title = facts.kind === "GUARANTEE_OF_PAYMENT" ? w.gop : w.pa;
    return {
      locale,
      heading: `${title} ${facts.reference}${facts.status === "PARTLY_APPROVED" ? ` (${w.partly})` : ""}`,
      lead: facts.kind === "GUARANTEE_OF_PAYMENT" ? w.lead : w.leadPa,
      sections: [
        {
          title: w.parties,
          rows: [
            [w.reference, facts.reference],
            [w.issued, formatDate(facts.issuedOn, locale)],
            [w.insurer, facts.insurerName],
            [w.member, `${facts.memberName} (${w.policy} ${facts.policyNumber})`],
            [w.patient, `${facts.patientName}, ${w.born} ${formatDate(facts.patientBirthDate, locale)}`],
            [w.provider, facts.providerName],
          ],
        },
        { title: w.treatment, rows: [[w.category, facts.treatment[locale]], [w.diagnosis, facts.diagnosis]], paragraphs: [`${w.planned}: ${facts.plannedTreatment}`] },
        {
          title: w.approval,
          rows: [
            [w.amount, money(facts.approvedAmountMinor)],
            [w.estimate, money(facts.estimatedCostMinor)],
            [w.sessions, facts.sessionsApproved === null ? w.none : String(facts.sessionsApproved)],
            [w.validity, `${formatDate(facts.validFrom, locale)} – ${formatDate(facts.validTo, locale)}`],
            [w.direct, facts.directBilling ? w.yes : w.no],
          ],
        },
        {
          title: w.own,
          rows: [
            [w.deductible, money(facts.deductibleMinor)],
            [w.uncovered, money(Math.max(0, facts.memberShareMinor - facts.deductibleMinor))],
            [w.ownTotal, money(facts.memberShareMinor)],
          ],
        },
        { title: w.conditions, rows: [], paragraphs: [w.standard, ...(facts.conditions ? [facts.conditions] : [])] },
      ],
      footer: `${w.footer} · ${facts.reference}`,
    };
  });
}
