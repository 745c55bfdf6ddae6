import { useLocale, useTranslations } from "next-intl";
import { LanguageSwitchView } from "./language-switch-view";

/**
 * Language switch: a plain form whose two submit buttons post `locale` to a server action, so it
 * works without JavaScript. Each option is labelled in its own language (lang attribute).
 * Works in server and client components. Styled for the dark header bar.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common.language");
  return <LanguageSwitchView locale={locale} label={t("label")} className={className} />;
}
