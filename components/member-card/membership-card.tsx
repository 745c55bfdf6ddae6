import { getTranslations } from "next-intl/server";
import type { MemberCard } from "@/lib/member-card/cards";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

/** One card as it looks in the hand: the details on the left, the QR code (verification URL) on the right. */
export async function MembershipCard({ card, qrSvg, locale }: { card: MemberCard; qrSvg: string; locale: Locale }) {
  const t = await getTranslations("card");
  const validity = card.validTo
    ? t("validFromTo", { from: formatDate(card.validFrom, locale, "short"), to: formatDate(card.validTo, locale, "short") })
    : t("validFrom", { from: formatDate(card.validFrom, locale, "short") });
  return (
    <article aria-label={t("cardOf", { name: card.name })} className="max-w-md overflow-hidden rounded-2xl border border-brand-100 bg-white shadow-sm">
      <div className="bg-brand-700 px-5 py-3 text-white">
        <p className="font-bold">{card.insurer}</p>
        <p className="text-sm">{card.planName[locale]}</p>
      </div>
      <div className="flex gap-4 p-5">
        <dl className="min-w-0 flex-1 space-y-2">
          <div>
            <dt className="sr-only">{t("name")}</dt>
            <dd className="text-lg font-semibold text-ink">{card.name}</dd>
          </div>
          {[
            [t("memberNumber"), card.memberNumber],
            [t("policyNumber"), card.policyNumber],
            [t("validity"), validity],
            [t("emergency"), t("emergencyPhone")],
          ].map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="font-semibold text-ink">{value}</dd>
            </div>
          ))}
          <div>
            <dt className="sr-only">{t("status")}</dt>
            <dd className={card.valid ? "font-semibold text-success" : "font-semibold text-[#8a5a00]"}>{card.valid ? t("valid") : t("notValid")}</dd>
          </div>
        </dl>
        <figure className="w-28 shrink-0 self-end">
          <div role="img" aria-label={t("qrLabel")} className="w-28 [&>svg]:h-auto [&>svg]:w-full" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <figcaption className="mt-1 text-xs text-muted">
            <a href={card.verifyUrl} className="text-xs">
              {t("scan")}
            </a>
          </figcaption>
        </figure>
      </div>
    </article>
  );
}
