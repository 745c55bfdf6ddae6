import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadCardPage } from "@/lib/member-card/pages";
import { PageHeading } from "@/components/ui/page-heading";
import { MembershipCard } from "@/components/member-card/membership-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("card");
  return { title: t("metaTitle") };
}

export default async function CardPage() {
  const [{ locale, cards }, t] = await Promise.all([loadCardPage(), getTranslations("card")]);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {cards.length === 0 ? <p className="text-ink">{t("empty")}</p> : null}
      <ul className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {cards.map(({ qrSvg, ...card }) => (
          <li key={card.personId} className="flex flex-col gap-3">
            <MembershipCard card={card} qrSvg={qrSvg} locale={locale} />
            <a href={`/api/member/card/${card.personId}`} download className="font-medium">
              {t("download", { name: card.name })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
