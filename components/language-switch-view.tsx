import { LOCALES } from "@/lib/i18n/config";
import { setLocaleAction } from "@/lib/i18n/set-locale-action";
import { cx } from "./cx";

const LABELS = { da: "Dansk", en: "English" } as const;

/** The switch's markup, from the locale and the group's label (no next-intl: the error and not-found boundaries, loaded on every page, use it). */
export function LanguageSwitchView({ locale, label, className }: { locale: string; label: string; className?: string }) {
  return (
    <form action={setLocaleAction} className={cx("flex", className)}>
      <div role="group" aria-label={label} className="flex overflow-hidden rounded-md border border-white/80">
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
