import { toLocale, type Locale } from "../../i18n/config";
import type { OutgoingMail } from "../../mail/transport";

/**
 * The mails a member gets on every status change and every handler message of a claim (issue 14
 * point 2), in the member's own language (User.locale). Each says what happened and links to the
 * claim; none carries health details — no diagnosis, treatment, provider, amounts, the patient's
 * name or the handler's words (those stay behind the sign-in).
 */
export type ClaimUpdateKind =
  | "in_review"
  | "information_received"
  | "paid"
  | "handler_message"
  | "complaint_received"
  | "complaint_upheld"
  | "complaint_refused";

/** Ankenævnet for Forsikring: where a member goes when the insurer refuses a complaint. */
export const APPEALS_BOARD = {
  name: { da: "Ankenævnet for Forsikring", en: "Ankenævnet for Forsikring (the Danish Insurance Complaints Board)" },
  address: "Anker Heegaards Gade 2, 1572 København V",
  web: "ankeforsikring.dk",
} as const;

type Texts = Record<ClaimUpdateKind, { subject: (n: string) => string; body: (n: string) => string }>;

const board = (locale: Locale) => `${APPEALS_BOARD.name[locale]}, ${APPEALS_BOARD.address}, ${APPEALS_BOARD.web}`;

const DA: Texts = {
  in_review: { subject: (n) => `Din skade ${n} behandles af en sagsbehandler`, body: (n) => `Din skade ${n} kunne ikke afgøres automatisk, så en sagsbehandler ser nu på den. Du får en mail, når den er afgjort, eller hvis vi har brug for flere oplysninger.` },
  information_received: { subject: (n) => `Vi har modtaget dine oplysninger til skade ${n}`, body: (n) => `Tak. Vi har modtaget det, du sendte til skade ${n}, og behandler nu skaden igen.` },
  paid: { subject: (n) => `Refusionen for skade ${n} er udbetalt`, body: (n) => `Vi har udbetalt refusionen for skade ${n} til din konto. Afregningsbilaget viser beløbet linje for linje.` },
  handler_message: { subject: (n) => `Ny besked om din skade ${n}`, body: (n) => `Din sagsbehandler har skrevet til dig om skade ${n}. Log ind for at læse beskeden og svare.` },
  complaint_received: { subject: (n) => `Vi har modtaget din klage over skade ${n}`, body: (n) => `Vi har modtaget din klage over afgørelsen af skade ${n}. En klageansvarlig, som ikke traf afgørelsen, svarer dig inden for 7 arbejdsdage.` },
  complaint_upheld: { subject: (n) => `Din klage over skade ${n} er afgjort`, body: (n) => `Vi har afgjort din klage over skade ${n} og giver dig medhold. Log ind for at læse begrundelsen.` },
  complaint_refused: { subject: (n) => `Din klage over skade ${n} er afgjort`, body: (n) => `Vi har afgjort din klage over skade ${n} og fastholder afgørelsen. Log ind for at læse begrundelsen.\n\nEr du stadig uenig, kan du klage til ${board("da")}.` },
};

const EN: Texts = {
  in_review: { subject: (n) => `A claims handler is reviewing your claim ${n}`, body: (n) => `Your claim ${n} could not be decided automatically, so a claims handler is now looking at it. You will get a mail when it is decided or if we need more information.` },
  information_received: { subject: (n) => `We have received your information for claim ${n}`, body: (n) => `Thank you. We have received what you sent for claim ${n} and are reviewing the claim again.` },
  paid: { subject: (n) => `The refund for claim ${n} has been paid`, body: (n) => `We have paid the refund for claim ${n} to your account. The settlement note shows the amount line by line.` },
  handler_message: { subject: (n) => `New message about your claim ${n}`, body: (n) => `Your claims handler has written to you about claim ${n}. Sign in to read the message and reply.` },
  complaint_received: { subject: (n) => `We have received your complaint about claim ${n}`, body: (n) => `We have received your complaint about the decision on claim ${n}. A complaints officer who did not make the decision will answer within 7 working days.` },
  complaint_upheld: { subject: (n) => `Your complaint about claim ${n} has been decided`, body: (n) => `We have decided your complaint about claim ${n} in your favour. Sign in to read the reasons.` },
  complaint_refused: { subject: (n) => `Your complaint about claim ${n} has been decided`, body: (n) => `We have decided your complaint about claim ${n} and uphold the decision. Sign in to read the reasons.\n\nIf you still disagree, you can complain to ${board("en")}.` },
};

export function claimUpdateMail(input: {
  kind: ClaimUpdateKind;
  to: string;
  name: string;
  locale: string;
  claimNumber: string;
  claimId: string;
  appUrl: string;
}): OutgoingMail & { template: string } {
  const locale = toLocale(input.locale);
  const texts = (locale === "da" ? DA : EN)[input.kind];
  const link = `${input.appUrl.replace(/\/$/, "")}/member/claims/${input.claimId}`;
  const text =
    locale === "da"
      ? `Hej ${input.name}\n\n${texts.body(input.claimNumber)}\n\n${link}\n\nAf hensyn til dit privatliv står der ingen helbredsoplysninger i denne mail.\n\nMedlemsportalen`
      : `Hello ${input.name}\n\n${texts.body(input.claimNumber)}\n\n${link}\n\nFor your privacy this mail contains no health details.\n\nMember Portal`;
  return { to: input.to, subject: texts.subject(input.claimNumber), text, template: `claim-${input.kind.replace(/_/g, "-")}` };
}
