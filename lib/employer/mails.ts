import { env } from "../env";
import type { Locale } from "../i18n/config";
import type { OutgoingMail } from "../mail/transport";

type Mail = OutgoingMail & { template: string };

/**
 * ACC-1: a joiner's invitation to their own member login. It names the employer and the scheme,
 * nothing else; what the joiner later claims is theirs alone (GRP-3).
 */
export function joinerInvitationMail(input: { to: string; name: string; employer: string; memberNumber: string; startDate: string; code: string; locale: Locale }): Mail {
  const link = `${env().APP_URL}/activate`;
  if (input.locale === "da") {
    return {
      to: input.to, template: "employer-joiner-invitation",
      subject: "Din sundhedsforsikring gennem arbejdet",
      text: `Hej ${input.name}\n\n${input.employer} har tilmeldt dig firmaets sundhedsforsikring fra ${input.startDate}. Med din egen adgang ser du din dækning og anmelder skader; din arbejdsgiver ser aldrig dine helbredsoplysninger.\n\nAktivér din adgang her:\n${link}\n\nMedlemsnummer: ${input.memberNumber}\nAktiveringskode: ${input.code}\n\nKoden gælder i 30 dage.\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to, template: "employer-joiner-invitation",
    subject: "Your health insurance through work",
    text: `Hello ${input.name}\n\n${input.employer} has enrolled you in the company health insurance from ${input.startDate}. With your own access you see your cover and make claims; your employer never sees your health data.\n\nActivate your access here:\n${link}\n\nMember number: ${input.memberNumber}\nActivation code: ${input.code}\n\nThe code is valid for 30 days.\n\nMember Portal`,
  };
}
