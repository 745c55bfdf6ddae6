import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadMemberHomePage } from "@/lib/home/pages";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { LatestClaims } from "@/components/home/latest-claims";
import { OpenTasks } from "@/components/home/open-tasks";
import { PersonCoverCard } from "@/components/home/person-cover";
import { ContinuationOfferCard } from "@/components/continuation/offer-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home.member");
  return { title: t("metaTitle") };
}

/**
 * The home's content. Its heading is in ./layout.tsx, outside the loading boundary, so it is in the
 * first bytes of the response (the largest text of a phone's first screen: Lighthouse's LCP) while
 * the usage meters are still being computed. Its links do not prefetch: each prefetch is a server
 * render and main-thread work on the phone during load, for pages the member may not open.
 */
export default async function MemberHomePage() {
  const [home, t] = await Promise.all([loadMemberHomePage(), getTranslations("home")]);
  const { locale } = home;

  return (
    <>
      <div className="flex flex-col gap-6">
        <ContinuationOfferCard locale={locale} />
        {home.tasks.length ? <OpenTasks tasks={home.tasks} locale={locale} t={t} /> : null}
        <Card title={t("details")}>
          {home.memberNumber ? null : <p className="mb-4 text-ink">{t("member.noPerson")}</p>}
          <DetailList
            items={[
              ...(home.memberNumber ? [{ label: t("member.memberNumber"), value: home.memberNumber }] : []),
              home.policyNumber
                ? { label: t("member.policyNumber"), value: home.policyNumber }
                : { label: t("member.policyNumber"), value: t("member.noPolicy"), muted: true },
            ]}
          />
        </Card>
        <section aria-labelledby="cover-heading" className="flex flex-col gap-4">
          <h2 id="cover-heading" className="text-xl font-semibold text-ink">
            {t("cover.title")}
          </h2>
          {home.covers.length === 0 ? <p className="text-ink">{t("cover.empty")}</p> : null}
          <p>
            <Link href="/member/cover" prefetch={false} className="font-medium">
              {t("cover.benefitsLink")}
            </Link>
          </p>
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
            {home.covers.map((cover) => (
              <PersonCoverCard key={cover.personId} cover={cover} locale={locale} t={t} />
            ))}
          </div>
        </section>
        <LatestClaims claims={home.claims} locale={locale} />
        {home.tasks.length ? null : <OpenTasks tasks={home.tasks} locale={locale} t={t} />}
      </div>
    </>
  );
}
