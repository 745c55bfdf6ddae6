import { env } from "../env";
import { toLocale } from "../i18n/config";
import type { OutgoingMail } from "../mail/transport";

/**
 * "Your data export is ready": names no health data and carries no download link that works
 * without signing in — the link opens the export page, where the member signs in first.
 */
export function exportReadyMail(input: { to: string; name: string; locale: string; expiresOn: string }): OutgoingMail & { template: string } {
  const link = `${env().APP_URL}/member/export`;
  if (toLocale(input.locale) === "da") {
    return {
      to: input.to,
      template: "data-export-ready",
      subject: "Dine data er klar til download",
      text: `Hej ${input.name}\n\nDen kopi af dine data, du bad om, er klar. Log ind og hent den her (til og med ${input.expiresOn}):\n\n${link}\n\nHar du ikke bedt om den, så ring til os og skift din adgangskode.\n\nMedlemsportalen`,
    };
  }
  return {
    to: input.to,
    template: "data-export-ready",
    subject: "Your data export is ready",
    text: `Hello ${input.name}\n\nThe copy of your data you asked for is ready. Sign in and download it here (until ${input.expiresOn} inclusive):\n\n${link}\n\nIf you did not ask for it, call us and change your password.\n\nMember Portal`,
  };
}
