import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/shell/public-shell";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <PublicShell narrow>
      <PageHeading lead={t("body")}>{t("title")}</PageHeading>
      <p>
        <Link href="/" className="font-semibold">
          {t("home")}
        </Link>
      </p>
    </PublicShell>
  );
}
