import { env } from "../env";
import { toLocale } from "../i18n/config";
import type { OutgoingMail } from "../mail/transport";

/**
 * "Your refund account was changed": so a member whose session was misused finds out. Names only
 * the last four digits and when; says what to do if it was not them.
 */
export function refundAccountChangedMail(input: { to: string; name: string; locale: string; masked: string; at: string }): OutgoingMail & { template: string } {
  const link = `${env().APP_URL}/member/profile`;
  if (toLocale(input.locale) === "da") {
    return {
      to: input.to,
      template: "refund-account-changed",
      subject: "Din konto til udbetalinger er ændret",
      text: `Hej ${input.name}\n\nKontoen, vi udbetaler refusioner til, blev ændret ${input.at} til ${input.masked}.\n\nVar det ikke dig, så ring til os med det samme og skift din adgangskode:\n\n${link}\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to,
    template: "refund-account-changed",
    subject: "Your refund account was changed",
    text: `Hello ${input.name}\n\nThe account we pay refunds to was changed on ${input.at} to ${input.masked}.\n\nIf this was not you, call us at once and change your password:\n\n${link}\n\nMember Portal`,
  };
}
