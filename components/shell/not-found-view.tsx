"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { logoutAction } from "@/lib/auth/actions/logout";
import { LanguageSwitchView } from "../language-switch-view";
import { PageHeading } from "../ui/page-heading";
import { MainContent } from "./main-content";
import { NavLinks } from "./nav-links";
import type { NotFoundTexts, SignedInFrame } from "./not-found-frame";
import { PublicFrame } from "./public-frame";
import { SiteFooterView } from "./site-footer-view";

/**
 * The not-found page's body. A client component on purpose: Next.js puts the root not-found
 * boundary into the payload of every page, so as a server component its whole frame (header,
 * language switch, footer) was rendered on every request; as a client component it is a reference.
 * A signed-in user keeps their menu and sign-out (issue 14 point 9): only the few links travel.
 * Its texts come as props (not next-intl's hooks): this component's JavaScript is loaded on every
 * page, and next-intl's client runtime would come with it.
 */
export function NotFoundView({ signedIn, texts }: { signedIn: SignedInFrame | null; texts: NotFoundTexts }) {
  const languageSwitch = <LanguageSwitchView locale={texts.locale} label={texts.languageLabel} />;
  const body = (
    <>
      <PageHeading lead={texts.body}>{texts.title}</PageHeading>
      <p>
        <Link href={signedIn?.home ?? "/"} className="font-semibold">
          {texts.home}
        </Link>
      </p>
    </>
  );
  if (!signedIn) {
    return (
      <PublicFrame texts={texts} languageSwitch={languageSwitch} narrow>
        {body}
      </PublicFrame>
    );
  }
  return (
    <div className="flex min-h-dvh flex-col">
      <SignedInHeader frame={signedIn} siteName={texts.siteName} languageSwitch={languageSwitch} />
      <MainContent className="max-w-lg">{body}</MainContent>
      <SiteFooterView siteName={texts.siteName} text={texts.footerText} />
    </div>
  );
}

function SignedInHeader({ frame, siteName, languageSwitch }: { frame: SignedInFrame; siteName: string; languageSwitch: ReactNode }) {
  return (
    <header>
      <div className="on-dark bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="flex flex-wrap items-baseline gap-x-3">
            <Link href={frame.home} className="text-lg font-bold whitespace-nowrap text-white no-underline hover:text-white hover:underline">
              {siteName}
            </Link>
            <span className="text-sm text-brand-100">{frame.areaLabel}</span>
          </p>
          {languageSwitch}
        </div>
      </div>
      <div className="border-b border-brand-100 bg-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-2 md:flex-row md:items-center md:justify-between">
          <nav aria-label={frame.labels.menu}>
            <NavLinks items={frame.items} />
          </nav>
          <div className="flex flex-wrap items-center gap-3">
            <p className="text-sm text-muted">{frame.labels.signedInAs}</p>
            <form action={logoutAction}>
              <button type="submit" className="min-h-10 rounded-md border-2 border-brand-700 bg-white px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50">
                {frame.labels.signOut}
              </button>
            </form>
          </div>
        </div>
      </div>
    </header>
  );
}
