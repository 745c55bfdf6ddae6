import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RequestResetForm } from "@/components/auth/request-reset-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.reset");
  return { title: t("title") };
}

export default async function RequestResetPage() {
  const t = await getTranslations("auth.reset");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <RequestResetForm />
      <p>
        <Link href="/login" className="link">
          {t("backToLogin")}
        </Link>
      </p>
    </>
  );
}
