import { env } from "../../env";
import { toLocale } from "../../i18n/config";
import type { OutgoingMail } from "../../mail/transport";

/**
 * "Your claim has been decided". Says what happened and links to the claim; no diagnosis, no
 * treatment, no amounts — the settlement note behind the sign-in holds those (health data).
 */
export function claimDecidedMail(input: { to: string; name: string; locale: string; claimNumber: string; claimId: string }): OutgoingMail & { template: string } {
  const locale = toLocale(input.locale);
  const link = `${env().APP_URL}/member/claims/${input.claimId}`;
  if (locale === "da") {
    return {
      to: input.to,
      template: "claim-decided",
      subject: `Din skade ${input.claimNumber} er afgjort`,
      text: `Hej ${input.name}\n\nVi har afgjort din skade ${input.claimNumber}. Du kan se afgørelsen og afregningsbilaget, linje for linje, når du logger ind:\n\n${link}\n\nEr du uenig i afgørelsen, kan du klage. Sådan gør du, står på afregningsbilaget.\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to,
    template: "claim-decided",
    subject: `Your claim ${input.claimNumber} has been decided`,
    text: `Hello ${input.name}\n\nWe have decided your claim ${input.claimNumber}. Sign in to see the decision and the settlement note, line by line:\n\n${link}\n\nIf you disagree with the decision you can complain; the settlement note explains how.\n\nMember Portal`,
  };
}
