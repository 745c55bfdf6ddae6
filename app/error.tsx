"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { PublicShell } from "@/components/shell/public-shell";
import { PageHeading } from "@/components/ui/page-heading";

/** Route-level error boundary: translated, with retry; never shows error details. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("common.error");
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <PublicShell narrow>
      <title>{t("title")}</title>
      <PageHeading lead={t("body")}>{t("title")}</PageHeading>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
        <Link href="/" className="font-semibold">
          {t("home")}
        </Link>
      </div>
      {digest ? <p className="mt-6 text-sm text-muted">{t("reference", { digest })}</p> : null}
    </PublicShell>
  );
}
