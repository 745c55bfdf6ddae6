import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { LanguageSwitch } from "../language-switch";
import { PublicFrame } from "./public-frame";

/**
 * Page frame for public pages (sign-in, activation, password reset): header with the portal name
 * and language switch, <main id="main">, footer (markup: PublicFrame). For server components and
 * client components under a ClientMessages provider. Pages inside it must render exactly one <h1>.
 */
export function PublicShell({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  const t = useTranslations("common");
  return (
    <PublicFrame texts={{ siteName: t("siteName"), footerText: t("footer.text") }} languageSwitch={<LanguageSwitch />} narrow={narrow}>
      {children}
    </PublicFrame>
  );
}
