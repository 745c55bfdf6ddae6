import type { Locale } from "../../i18n/config";
import { formatDate } from "../../i18n/format";
import type { OutgoingMail } from "../../mail/transport";

/**
 * "We have received your claim" (issue 4, e-mail notifications). Says what happened, the claim
 * number and the target date (CLM-5), and links to the claim. No health details: no diagnosis,
 * treatment, provider, amounts or the patient's name — a mailbox is not a safe place for them.
 */
export function claimReceivedMail(input: {
  to: string;
  name: string;
  claimNumber: string;
  claimId: string;
  /** "YYYY-MM-DD": the decision target, 5 working days after receipt (CLM-5). */
  dueDate: string;
  locale: Locale;
  appUrl: string;
}): OutgoingMail & { template: string } {
  const link = `${input.appUrl.replace(/\/$/, "")}/member/claims/${input.claimId}`;
  const due = formatDate(input.dueDate, input.locale);
  const subject = input.locale === "da" ? `Vi har modtaget din skade ${input.claimNumber}` : `We have received your claim ${input.claimNumber}`;
  const text =
    input.locale === "da"
      ? `Hej ${input.name}\n\nTak. Vi har modtaget din skade ${input.claimNumber}. Vi forventer at afgøre den senest ${due}, og du får en mail, når det er afgjort, eller hvis vi har brug for flere oplysninger.\n\nSe skaden og følg den her:\n${link}\n\nAf hensyn til dit privatliv står der ingen helbredsoplysninger i denne mail.\n\nMedlemsportalen`
      : `Hello ${input.name}\n\nThank you. We have received your claim ${input.claimNumber}. We expect to decide it by ${due}, and you will get a mail when it is decided or if we need more information.\n\nSee and follow the claim here:\n${link}\n\nFor your privacy this mail contains no health details.\n\nMember Portal`;
  return { to: input.to, subject, text, template: "claim-received" };
}
