import { env } from "../env";
import type { Locale } from "../i18n/config";
import type { OutgoingMail } from "../mail/transport";
import type { AgeMilestone } from "../rules/enrolment/age-events";

type Mail = OutgoingMail & { template: string };

/** ACC-1: the invitation to an own login. No health data; the code works with the member number on /activate. */
export function invitationMail(input: { to: string; name: string; invitedBy: string; memberNumber: string; code: string; locale: Locale }): Mail {
  const link = `${env().APP_URL}/activate`;
  if (input.locale === "da") {
    return {
      to: input.to, template: "family-invitation",
      subject: "Din egen adgang til Medlemsportalen",
      text: `Hej ${input.name}\n\n${input.invitedBy} har tilmeldt dig forsikringen. Dine helbredsoplysninger er dine: med din egen adgang ser du dine skader, og du bestemmer selv, hvem der må se dem.\n\nAktivér din adgang her:\n${link}\n\nMedlemsnummer: ${input.memberNumber}\nAktiveringskode: ${input.code}\n\nKoden gælder i 30 dage.\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to, template: "family-invitation",
    subject: "Your own access to the Member Portal",
    text: `Hello ${input.name}\n\n${input.invitedBy} has added you to the insurance. Your health data is yours: with your own access you see your claims, and you decide who else may see them.\n\nActivate your access here:\n${link}\n\nMember number: ${input.memberNumber}\nActivation code: ${input.code}\n\nThe code is valid for 30 days.\n\nMember Portal`,
  };
}

/** FAM-3: the handler decided on a family member's enrolment. */
export function enrolmentDecidedMail(input: { to: string; name: string; personName: string; accepted: boolean; locale: Locale }): Mail {
  const link = `${env().APP_URL}/member/family`;
  if (input.locale === "da") {
    return {
      to: input.to, template: "family-enrolment-decided",
      subject: input.accepted ? `${input.personName} er nu dækket` : `${input.personName} kan ikke optages`,
      text: `Hej ${input.name}\n\nVi har behandlet helbredserklæringen for ${input.personName}. ${input.accepted ? "Personen er nu medforsikret." : "Vi kan desværre ikke optage personen; begrundelsen står i familieoversigten."}\n\n${link}\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to, template: "family-enrolment-decided",
    subject: input.accepted ? `${input.personName} is now covered` : `${input.personName} cannot be enrolled`,
    text: `Hello ${input.name}\n\nWe have assessed the health declaration for ${input.personName}. ${input.accepted ? "They are now co-insured." : "Unfortunately we cannot enrol them; the family overview gives the reason."}\n\n${link}\n\nMember Portal`,
  };
}

const MILESTONE_TEXT: Record<AgeMilestone, { da: string; en: string }> = {
  OWN_HEALTH_DATA: {
    da: "fylder %AGE% år. Fra den dag er barnets helbredsoplysninger barnets egne (sundhedsloven § 17): forældre ser dem kun med barnets samtykke.",
    en: "turns %AGE%. From that day the child's health data is their own (Danish Health Act §17): parents see it only with the child's consent.",
  },
  ADULT: {
    da: "fylder 18 år og bliver voksen medforsikret med egen adgang. Helbredsoplysningerne deles kun med samtykke.",
    en: "turns 18 and becomes an adult co-insured with their own login. Health data is shared only with consent.",
  },
  CHILD_LIMIT: {
    da: "fylder %AGE% år og når planens aldersgrænse for gratis børn; derefter betales præmie (FAM-2).",
    en: "turns %AGE% and reaches the plan's limit for free children; a premium is payable from then (FAM-2).",
  },
};

/** Age events: told 60 and 30 days ahead and on the day. */
export function ageNoticeMail(input: { to: string; name: string; childName: string; milestone: AgeMilestone; age: number; on: string; daysBefore: number; locale: Locale }): Mail {
  const text = MILESTONE_TEXT[input.milestone][input.locale].replace("%AGE%", String(input.age));
  const link = `${env().APP_URL}/member/family`;
  if (input.locale === "da") {
    const when = input.daysBefore === 0 ? "i dag" : `om ${input.daysBefore} dage (${input.on})`;
    return { to: input.to, template: "family-age-notice", subject: `${input.childName} ${when}: ændring i forsikringen`, text: `Hej ${input.name}\n\n${input.childName} ${text} Det sker ${when}.\n\n${link}\n\nMedlemsportalen` };
  }
  const when = input.daysBefore === 0 ? "today" : `in ${input.daysBefore} days (${input.on})`;
  return { to: input.to, template: "family-age-notice", subject: `${input.childName} ${when}: a change to the insurance`, text: `Hello ${input.name}\n\n${input.childName} ${text} This happens ${when}.\n\n${link}\n\nMember Portal` };
}
