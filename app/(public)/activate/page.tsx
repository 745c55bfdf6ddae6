import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivationForm } from "@/components/auth/activation-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.activate");
  return { title: t("title") };
}

export default async function ActivatePage() {
  const t = await getTranslations("auth.activate");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <ActivationForm />
      <p>
        {t("haveAccount")}{" "}
        <Link href="/login" className="link">
          {t("signIn")}
        </Link>
      </p>
    </>
  );
}
