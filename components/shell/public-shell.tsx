import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "../language-switch";
import { MainContent } from "./main-content";
import { SiteFooter } from "./site-footer";

/**
 * Page frame for public pages (sign-in, activation, password reset, errors): header with the
 * portal name and language switch, <main id="main">, footer. Works in server and client components.
 * Pages inside it must render exactly one <h1>.
 */
export function PublicShell({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  const t = useTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-bold whitespace-nowrap text-white no-underline hover:text-white hover:underline">
            {t("siteName")}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <MainContent className={narrow ? "max-w-lg" : undefined}>{children}</MainContent>
      <SiteFooter />
    </div>
  );
}
