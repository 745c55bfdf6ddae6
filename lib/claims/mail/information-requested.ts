import { env } from "../../env";
import { toLocale } from "../../i18n/config";
import type { OutgoingMail } from "../../mail/transport";

/**
 * "We need more information". The handler's own words stay in the portal (they may name the
 * treatment or diagnosis); the mail only says that something is needed and where to answer.
 */
export function informationRequestedMail(input: { to: string; name: string; locale: string; claimNumber: string; claimId: string }): OutgoingMail & { template: string } {
  const locale = toLocale(input.locale);
  const link = `${env().APP_URL}/member/claims/${input.claimId}`;
  if (locale === "da") {
    return {
      to: input.to,
      template: "information-requested",
      subject: `Vi mangler oplysninger til din skade ${input.claimNumber}`,
      text: `Hej ${input.name}\n\nFor at kunne afgøre din skade ${input.claimNumber} har vi brug for flere oplysninger fra dig. Log ind for at se, hvad vi mangler, og send det til os:\n\n${link}\n\nVi afgør skaden, så snart vi har modtaget oplysningerne.\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to,
    template: "information-requested",
    subject: `We need more information for your claim ${input.claimNumber}`,
    text: `Hello ${input.name}\n\nTo decide your claim ${input.claimNumber} we need more information from you. Sign in to see what is missing and send it to us:\n\n${link}\n\nWe will decide the claim as soon as we have received it.\n\nMember Portal`,
  };
}
