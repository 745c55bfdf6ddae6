import type { ReactNode } from "react";
import Link from "next/link";
import { MainContent } from "./main-content";
import { SiteFooterView } from "./site-footer-view";

/** The texts of the public frame, already translated (so client components need no next-intl). */
export interface FrameTexts {
  siteName: string;
  footerText: string;
}

/**
 * The public pages' frame as plain markup: header with the portal name and the language switch,
 * <main id="main">, footer. PublicShell fills it from next-intl on the server; the error and
 * not-found boundaries, which are in every page's JavaScript, fill it from props or their own
 * dictionary, so no page downloads next-intl's client runtime just for them.
 */
export function PublicFrame({ texts, languageSwitch, narrow = false, children }: { texts: FrameTexts; languageSwitch: ReactNode; narrow?: boolean; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-bold whitespace-nowrap text-white no-underline hover:text-white hover:underline">
            {texts.siteName}
          </Link>
          {languageSwitch}
        </div>
      </header>
      <MainContent className={narrow ? "max-w-lg" : undefined}>{children}</MainContent>
      <SiteFooterView siteName={texts.siteName} text={texts.footerText} />
    </div>
  );
}
