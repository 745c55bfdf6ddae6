/**
 * The e-mails of a request, one per status change the member must know of. They say what happened
 * and link to the request; no diagnosis, treatment or provider — the portal holds those behind the
 * sign-in. The provider's mail is the guarantee itself (reference, patient, amount, validity,
 * direct billing), sent to the provider's configured billing address, still without a diagnosis.
 */
import type { Locale } from "../i18n/config";
import { formatDate, formatDateTime, formatMoney } from "../i18n/format";
import type { OutgoingMail } from "../mail/transport";

type Mail = OutgoingMail & { template: string };

export type MemberMailKind = "received" | "decided" | "information_requested" | "top_up";

interface MemberMailInput {
  to: string;
  name: string;
  locale: Locale;
  reference: string;
  authorisationId: string;
  appUrl: string;
  /** "received": the answer deadline (GOP-2, 48 hours). */
  dueAt?: Date;
}

const TEXT: Record<MemberMailKind, Record<Locale, { subject: string; body: string }>> = {
  received: {
    da: { subject: "Vi har modtaget din anmodning {ref}", body: "Tak. Vi har modtaget din anmodning om forhåndsgodkendelse {ref}. Du får svar senest {due}." },
    en: { subject: "We have received your request {ref}", body: "Thank you. We have received your pre-authorisation request {ref}. You will have our answer by {due}." },
  },
  decided: {
    da: { subject: "Vi har svaret på din anmodning {ref}", body: "Vi har svaret på din anmodning {ref}. Log ind for at se svaret og hente garantien." },
    en: { subject: "We have answered your request {ref}", body: "We have answered your request {ref}. Sign in to see the answer and download the guarantee." },
  },
  information_requested: {
    da: { subject: "Vi mangler oplysninger til {ref}", body: "Vi har brug for flere oplysninger for at svare på din anmodning {ref}. Log ind for at se, hvad vi mangler." },
    en: { subject: "We need information for {ref}", body: "We need more information to answer your request {ref}. Sign in to see what we need." },
  },
  top_up: {
    da: { subject: "En faktura ligger over garantien {ref}", body: "En faktura på din garanti {ref} er større end garantien. Vi vurderer forhøjelsen, før du skal betale noget. Log ind for at se afregningen." },
    en: { subject: "An invoice is above the guarantee {ref}", body: "An invoice on your guarantee {ref} is larger than the guarantee. We assess the top-up before you need to pay anything. Sign in to see the settlement." },
  },
};

export function memberAuthorisationMail(kind: MemberMailKind, input: MemberMailInput): Mail {
  const link = `${input.appUrl.replace(/\/$/, "")}/member/authorisations/${input.authorisationId}`;
  const text = TEXT[kind][input.locale];
  const fill = (s: string) => s.replaceAll("{ref}", input.reference).replaceAll("{due}", input.dueAt ? formatDateTime(input.dueAt, input.locale) : "");
  const greeting = input.locale === "da" ? `Hej ${input.name}` : `Hello ${input.name}`;
  const privacy = input.locale === "da" ? "Af hensyn til dit privatliv står der ingen helbredsoplysninger i denne mail." : "For your privacy this mail contains no health details.";
  const signature = input.locale === "da" ? "Medlemsportalen" : "Member Portal";
  return { to: input.to, subject: fill(text.subject), text: `${greeting}\n\n${fill(text.body)}\n\n${link}\n\n${privacy}\n\n${signature}`, template: `authorisation-${kind.replace("_", "-")}` };
}

/** GOP-2: the guarantee addressed to the provider (in Danish and English: providers abroad read it too). */
export function providerGuaranteeMail(input: {
  to: string;
  insurerName: string;
  providerName: string;
  reference: string;
  patientName: string;
  patientBirthDate: string;
  amountMinor: number | null;
  currency: string;
  sessions: number | null;
  validFrom: string;
  validTo: string;
  directBilling: boolean;
}): Mail {
  const part = (locale: Locale) => {
    const amount = input.amountMinor === null ? "-" : formatMoney(input.amountMinor, input.currency, locale);
    const period = `${formatDate(input.validFrom, locale)} – ${formatDate(input.validTo, locale)}`;
    return locale === "da"
      ? `Betalingsgaranti ${input.reference} fra ${input.insurerName} til ${input.providerName}\nPatient: ${input.patientName}, født ${formatDate(input.patientBirthDate, "da")}\nGaranteret beløb: ${amount}${input.sessions ? `, ${input.sessions} behandlinger` : ""}\nGyldig: ${period}\nDirekte afregning med forsikringen: ${input.directBilling ? "ja" : "nej"}\nSend fakturaen med referencen ${input.reference}.`
      : `Guarantee of payment ${input.reference} from ${input.insurerName} to ${input.providerName}\nPatient: ${input.patientName}, born ${formatDate(input.patientBirthDate, "en")}\nGuaranteed amount: ${amount}${input.sessions ? `, ${input.sessions} sessions` : ""}\nValid: ${period}\nDirect billing with the insurer: ${input.directBilling ? "yes" : "no"}\nSend the invoice quoting ${input.reference}.`;
  };
  return { to: input.to, subject: `Betalingsgaranti / Guarantee of payment ${input.reference}`, text: `${part("da")}\n\n---\n\n${part("en")}`, template: "authorisation-provider-guarantee" };
}
