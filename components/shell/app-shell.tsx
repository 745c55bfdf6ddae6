import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/lib/auth/actions/logout";
import { ROLE_HOME, type CurrentUser, type Role } from "@/lib/auth/current-user.types";
import { LanguageSwitch } from "../language-switch";
import { HeaderFrame } from "./header-frame";
import { MainContent } from "./main-content";
import { NavLinks, type NavItem } from "./nav-links";
import { SiteFooter } from "./site-footer";

export type NavT = Awaited<ReturnType<typeof getTranslations<"nav">>>;

export function navItems(area: Role, t: NavT): NavItem[] {
  switch (area) {
    case "MEMBER":
      return [
        { href: "/member", label: t("member.overview"), exact: true },
        { href: "/member/claims", label: t("member.claims") },
        { href: "/member/authorisations", label: t("member.authorisations") },
        { href: "/member/family", label: t("member.family") },
        { href: "/member/cover", label: t("member.cover") },
        { href: "/member/card", label: t("member.card") },
        { href: "/member/documents", label: t("member.documents") },
        { href: "/member/providers", label: t("member.providers") },
        { href: "/member/profile", label: t("member.profile") },
      ];
    case "EMPLOYER_ADMIN":
      return [
        { href: "/employer", label: t("employer.overview"), exact: true },
        { href: "/employer/staff", label: t("employer.staff") },
        { href: "/employer/import", label: t("employer.import") },
        { href: "/employer/admins", label: t("employer.admins") },
        { href: "/employer/history", label: t("employer.history") },
      ];
    case "CLAIMS_HANDLER":
      return [
        { href: "/handler", label: t("handler.queue"), exact: true },
        { href: "/handler/authorisations", label: t("handler.authorisations") },
      ];
  }
}

/**
 * Page frame for a role area (member / employer / handler): header with portal name, area
 * navigation, area switch (when the user has several roles), signed-in name, change password,
 * sign out and language switch; then <main id="main"> and the footer.
 */
export async function AppShell({ user, area, children }: { user: CurrentUser; area: Role; children: ReactNode }) {
  const t = await getTranslations("nav");
  const tc = await getTranslations("common");
  const otherAreas = user.roles.filter((r) => r !== area);

  const brand = (
    <p className="flex flex-wrap items-baseline gap-x-3 gap-y-0">
      <Link href={ROLE_HOME[area]} className="text-lg font-bold whitespace-nowrap text-white no-underline hover:text-white hover:underline">
        {tc("siteName")}
      </Link>
      <span className="text-sm text-brand-100">{t(`areas.${area}`)}</span>
    </p>
  );

  const panel = (
    <div className="flex flex-col gap-3 py-2 md:flex-row md:items-center md:justify-between md:py-0">
      <nav aria-label={t(`navLabel.${area}`)}>
        <NavLinks items={navItems(area, t)} />
      </nav>
      <div className="flex flex-col gap-3 border-t border-brand-100 pt-3 md:flex-row md:flex-wrap md:items-center md:border-0 md:pt-0">
        {otherAreas.length > 0 ? (
          <nav aria-label={t("switchArea")}>
            <ul className="flex flex-col gap-1 md:flex-row md:gap-3">
              {otherAreas.map((r) => (
                <li key={r}>
                  <Link href={ROLE_HOME[r]} className="text-sm font-medium">
                    {t(`goTo.${r}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p className="text-sm text-muted">
          {t.rich("signedInAs", {
            name: user.displayName,
            strong: (chunks) => <span className="font-semibold text-ink">{chunks}</span>,
          })}
        </p>
        <Link href="/account/password" className="text-sm font-medium">
          {t("changePassword")}
        </Link>
        <form action={logoutAction}>
          <button
            type="submit"
            className="min-h-10 rounded-md border-2 border-brand-700 bg-white px-3 text-sm font-semibold text-brand-700 hover:bg-brand-50"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
    </div>
  );

  return (
    <div className="flex min-h-dvh flex-col">
      <HeaderFrame brand={brand} tools={<LanguageSwitch />} panel={panel} menuLabel={t("menu")} />
      <MainContent>{children}</MainContent>
      <SiteFooter />
    </div>
  );
}
