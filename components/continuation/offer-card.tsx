import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadOpenContinuationOffer } from "@/lib/continuation/pages";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { Card } from "@/components/ui/card";

/**
 * The member home's card while a continuation offer (GRP-4) is open. It loads itself, so the home's
 * own loader stays as it is; nothing is rendered for the many members without an offer.
 */
export async function ContinuationOfferCard({ locale }: { locale: Locale }) {
  const [offer, t] = await Promise.all([loadOpenContinuationOffer(), getTranslations("continuation")]);
  if (!offer) return null;
  return (
    <Card title={t("card.title")}>
      <p className="mb-4 max-w-prose text-ink">
        {offer.onTime ? t("card.onTime", { deadline: formatDate(offer.deadline, locale) }) : t("card.late", { deadline: formatDate(offer.deadline, locale) })}
      </p>
      <Link href="/member/continuation" prefetch={false} className="font-medium">
        {t("card.link")}
      </Link>
    </Card>
  );
}
