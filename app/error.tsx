"use client";

import { useEffect, useSyncExternalStore } from "react";
import Link from "next/link";
import { LanguageSwitchView } from "@/components/language-switch-view";
import { PublicFrame } from "@/components/shell/public-frame";
import { PageHeading } from "@/components/ui/page-heading";
import da from "@/lib/i18n/messages/da/common.json";
import en from "@/lib/i18n/messages/en/common.json";

/**
 * The page's language as the root layout wrote it (<html lang>). Read from the document, not from
 * next-intl: this boundary's JavaScript is loaded on every page, and next-intl's client runtime
 * (≈ 40 kB) would come with it. The server render (an error during it) uses Danish, the default.
 */
function useDocumentLocale(): "da" | "en" {
  return useSyncExternalStore(
    () => () => {},
    () => (document.documentElement.lang === "en" ? "en" : "da"),
    () => "da",
  );
}

/** Route-level error boundary: translated, with retry; never shows error details. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useDocumentLocale();
  const common = locale === "en" ? en : da;
  const t = common.error;
  const digest =
    typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <PublicFrame texts={{ siteName: common.siteName, footerText: common.footer.text }} languageSwitch={<LanguageSwitchView locale={locale} label={common.language.label} />} narrow>
      <title>{t.title}</title>
      <PageHeading lead={t.body}>{t.title}</PageHeading>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t.retry}
        </button>
        <Link href="/" className="font-semibold">
          {t.home}
        </Link>
      </div>
      {digest ? <p className="mt-6 text-sm text-muted">{t.reference.replace("{digest}", digest)}</p> : null}
    </PublicFrame>
  );
}
