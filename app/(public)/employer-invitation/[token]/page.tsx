import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadInvitationPage } from "@/lib/employer/admin-pages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptInvitationExistingForm, AcceptInvitationNewForm } from "@/components/employer/accept-invitation-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employerAdmins.invitation"))("metaTitle"), referrer: "no-referrer" };
}

/**
 * Issue 12 point 8: accepting an admin invitation from its e-mailed link. Someone new sets a
 * password (as activation does); someone with an account signs in as the invited address first.
 */
export default async function EmployerInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token, invitation, user }, t] = await Promise.all([loadInvitationPage(params), getTranslations("employerAdmins")]);
  if (!invitation) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invitation.invalidTitle")}</h1>
        <p>{t("invitation.invalidBody")}</p>
      </>
    );
  }
  const signedInAsInvitee = user?.email === invitation.email;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("invitation.title", { employer: invitation.employerName })}</h1>
      <p className="text-muted">{t("invitation.lead", { right: t(`rights.${invitation.right}`), email: invitation.email })}</p>
      <ClientMessages namespaces={["auth", "employerAdmins"]}>
        {signedInAsInvitee ? (
          <AcceptInvitationExistingForm token={token} />
        ) : user ? (
          <p role="alert">{t("invitation.wrongAccount", { current: user.email, email: invitation.email })}</p>
        ) : invitation.hasAccount ? (
          <p>
            {t("invitation.signInFirst", { email: invitation.email })}{" "}
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/employer-invitation/${token}`)}`} className="link">{t("invitation.signIn")}</Link>
          </p>
        ) : (
          <>
            <p>{t("invitation.newIntro")}</p>
            <AcceptInvitationNewForm token={token} />
          </>
        )}
      </ClientMessages>
    </>
  );
}
