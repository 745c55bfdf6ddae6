import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { ROLE_HOME } from "@/lib/auth/current-user.types";
import { navItems } from "./app-shell";
import type { NavItem } from "./nav-links";

/** What the not-found page shows a signed-in user: their area's menu, their name and sign-out. */
export interface SignedInFrame {
  areaLabel: string;
  home: string;
  name: string;
  items: NavItem[];
  /** The texts of the frame (the browser holds only the common namespace). */
  labels: { menu: string; signedInAs: string; signOut: string };
}

/** The not-found page's texts, translated here: the browser gets them as props, not through next-intl. */
export interface NotFoundTexts {
  locale: string;
  siteName: string;
  footerText: string;
  languageLabel: string;
  title: string;
  body: string;
  home: string;
}

export async function loadNotFoundTexts(): Promise<NotFoundTexts> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return { locale, siteName: t("siteName"), footerText: t("footer.text"), languageLabel: t("language.label"), title: t("notFound.title"), body: t("notFound.body"), home: t("notFound.home") };
}

/**
 * Read from the session already loaded for the request (getCurrentUser is cached per request), so
 * a page's not-found costs no extra query. The area is the user's first role's.
 */
export async function loadSignedInFrame(): Promise<SignedInFrame | null> {
  const user = await getCurrentUser();
  const area = user?.roles[0];
  if (!user || !area) return null;
  const t = await getTranslations("nav");
  return {
    areaLabel: t(`areas.${area}`),
    home: ROLE_HOME[area],
    name: user.displayName,
    items: navItems(area, t),
    labels: { menu: t(`navLabel.${area}`), signedInAs: t.markup("signedInAs", { name: user.displayName, strong: (chunks) => chunks }), signOut: t("signOut") },
  };
}
