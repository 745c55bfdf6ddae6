import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { loadResetPasswordPage } from "@/lib/auth/pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("newTitle"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token, valid } = await loadResetPasswordPage(params);
  const t = await getTranslations("auth.reset");

  if (!valid) {
    return (
      <>
        <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
        <p>{t("invalidBody")}</p>
        <p>
          <Link href="/reset-password" className="link">
            {t("requestNew")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-muted">{t("newIntro")}</p>
      <ResetPasswordForm token={token} />
    </>
  );
}
