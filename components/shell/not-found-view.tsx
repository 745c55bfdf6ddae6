"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { PageHeading } from "../ui/page-heading";
import { PublicShell } from "./public-shell";

/**
 * The not-found page's body. A client component on purpose: Next.js puts the root not-found
 * boundary into the payload of every page, so as a server component its whole frame (header,
 * language switch, footer) was rendered on every request; as a client component it is a reference.
 */
export function NotFoundView() {
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
