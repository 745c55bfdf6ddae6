import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { logoutAction } from "@/lib/auth/actions/logout";
import { ROLE_HOME } from "@/lib/auth/current-user.types";
import { PublicShell } from "@/components/shell/public-shell";
import { PageHeading } from "@/components/ui/page-heading";
import { SubmitButton } from "@/components/forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.noAccess");
  return { title: t("metaTitle") };
}

/** "/" sends signed-in users to their first role's area and everyone else to sign-in. */
export default async function HomePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  const firstRole = user.roles[0];
  if (firstRole) redirect(ROLE_HOME[firstRole]);

  // Signed in but without any role: explain instead of bouncing between / and /login.
  const t = await getTranslations("home.noAccess");
  const tn = await getTranslations("nav");
  return (
    <PublicShell narrow>
      <PageHeading lead={t("body")}>{t("title")}</PageHeading>
      <form action={logoutAction}>
        <SubmitButton variant="secondary">{tn("signOut")}</SubmitButton>
      </form>
    </PublicShell>
  );
}
