import { env } from "../env";
import type { Locale } from "../i18n/config";
import type { OutgoingMail } from "../mail/transport";

type Mail = OutgoingMail & { template: string };

const danishDate = (iso: string) => iso.split("-").reverse().join("-");

/**
 * GRP-4: the leaver's offer to continue on individual terms. It names the employer and the
 * deadline only; nothing about health, and nothing the employer learns back (GRP-3).
 */
export function continuationOfferMail(input: { to: string; name: string; employer: string; deadline: string; lateWaitingMonths: number; locale: Locale }): Mail {
  const link = `${env().APP_URL}/member/continuation`;
  if (input.locale === "da") {
    return {
      to: input.to, template: "continuation-offer",
      subject: "Fortsæt din sundhedsforsikring på egne vilkår",
      text: `Hej ${input.name}\n\n${input.employer} har meldt dig ud af firmaets sundhedsforsikring. Din dækning gennem arbejdet slutter ${danishDate(input.deadline)}.\n\nDu kan fortsætte med en individuel forsikring uden ny karens, hvis du siger ja senest ${danishDate(input.deadline)}. Siger du ja senere, gælder en karens på ${input.lateWaitingMonths} måneder for eksisterende lidelser.\n\nSe tilbuddet og sig ja her:\n${link}\n\nDin arbejdsgiver får ikke at vide, om du siger ja.\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to, template: "continuation-offer",
    subject: "Continue your health insurance on your own terms",
    text: `Hello ${input.name}\n\n${input.employer} has registered you as leaving the company health insurance. Your cover through work ends on ${input.deadline}.\n\nYou can continue with individual cover without a new waiting period if you accept by ${input.deadline}. If you accept later, a ${input.lateWaitingMonths}-month waiting period for pre-existing conditions applies.\n\nSee the offer and accept it here:\n${link}\n\nYour employer is not told whether you accept.\n\nMember Portal`,
  };
}
