import type { Locale } from "../i18n/config";
import type { OutgoingMail } from "./transport";

/** Mails are bilingual-aware but carry no health details: they say what happened and link to it. */
export function passwordResetMail(input: { to: string; name: string; link: string; locale: Locale; validMinutes: number }): OutgoingMail & { template: string } {
  const da = input.locale === "da";
  const subject = da ? "Nulstil din adgangskode til Medlemsportalen" : "Reset your Member Portal password";
  const text = da
    ? `Hej ${input.name}\n\nVi har modtaget en anmodning om at nulstille din adgangskode. Brug linket herunder inden for ${input.validMinutes} minutter:\n\n${input.link}\n\nHar du ikke bedt om det, kan du se bort fra denne mail. Din adgangskode er uændret.\n\nMedlemsportalen`
    : `Hello ${input.name}\n\nWe received a request to reset your password. Use the link below within ${input.validMinutes} minutes:\n\n${input.link}\n\nIf you did not ask for this, ignore this mail. Your password has not changed.\n\nMember Portal`;
  return { to: input.to, subject, text, template: "password-reset" };
}
