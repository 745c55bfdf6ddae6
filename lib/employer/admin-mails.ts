import type { Locale } from "../i18n/config";
import type { OutgoingMail } from "../mail/transport";
import type { EmployerRight } from "../access/can";

/**
 * Issue 12 point 8: the invitation to become an admin of an employer. It names the employer, the
 * right and who invited; the link carries the token, which is stored only as its sha256.
 */
export function adminInvitationMail(input: { to: string; employer: string; invitedBy: string; right: EmployerRight; link: string; validDays: number; locale: Locale }): OutgoingMail & { template: string } {
  if (input.locale === "da") {
    const right = input.right === "MANAGE" ? "se og ændre" : "se";
    return {
      to: input.to, template: "employer-admin-invitation",
      subject: `Invitation: administrator for ${input.employer}`,
      text: `Hej\n\n${input.invitedBy} har inviteret dig som administrator for ${input.employer}s sundhedsordning i Medlemsportalen. Du får ret til at ${right} ordningen: medarbejdere, til- og afmeldinger og afstemning. Du ser aldrig medarbejdernes helbredsoplysninger.\n\nTag imod invitationen her:\n${input.link}\n\nLinket gælder i ${input.validDays} dage og kan kun bruges én gang.\n\nMedlemsportalen`,
    };
  }
  const right = input.right === "MANAGE" ? "view and change" : "view";
  return {
    to: input.to, template: "employer-admin-invitation",
    subject: `Invitation: administrator for ${input.employer}`,
    text: `Hello\n\n${input.invitedBy} has invited you to administer ${input.employer}'s health scheme in the Member Portal. You will be able to ${right} the scheme: staff, joiners and leavers, and the reconciliation. You never see the staff's health data.\n\nAccept the invitation here:\n${input.link}\n\nThe link is valid for ${input.validDays} days and can be used once.\n\nMember Portal`,
  };
}
