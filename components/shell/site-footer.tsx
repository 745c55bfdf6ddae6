import { useTranslations } from "next-intl";
import { SiteFooterView } from "./site-footer-view";

export function SiteFooter() {
  const t = useTranslations("common");
  return <SiteFooterView siteName={t("siteName")} text={t("footer.text")} />;
}
