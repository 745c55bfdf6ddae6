import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("common");
  return (
    <footer className="mt-auto border-t border-brand-100 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          <span className="font-semibold text-ink">{t("siteName")}</span> · {t("footer.text")}
        </p>
      </div>
    </footer>
  );
}
