import { useLocale, useTranslations } from "next-intl";
import { LOCALES } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/set-locale-action";
import { cx } from "./cx";

const LABELS = { da: "Dansk", en: "English" } as const;

/**
 * Language switch: a plain form whose two submit buttons post `locale` to a server action, so it
 * works without JavaScript. Each option is labelled in its own language (lang attribute).
 * Works in server and client components. Styled for the dark header bar.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common.language");

  return (
    <form action={setLocaleAction} className={cx("flex", className)}>
      <div role="group" aria-label={t("label")} className="flex overflow-hidden rounded-md border border-white/80">
        {LOCALES.map((l) => {
          const current = l === locale;
          return (
            <button
              key={l}
              type="submit"
              name="locale"
              value={l}
              lang={l}
              aria-current={current ? "true" : undefined}
              className={cx(
                "min-h-10 px-3 text-sm font-semibold",
                current ? "bg-white text-brand-900" : "bg-transparent text-white underline-offset-2 hover:underline",
              )}
            >
              {LABELS[l]}
            </button>
          );
        })}
      </div>
    </form>
  );
}
