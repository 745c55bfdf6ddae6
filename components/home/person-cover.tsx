import type { getTranslations } from "next-intl/server";
import type { PersonCover } from "@/lib/home/cover-usage";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { UsageMeter } from "./usage-meter";

type HomeT = Awaited<ReturnType<typeof getTranslations<"home">>>;

/** One person's cover in one glance: plan, period and a meter for every limit of the policy year. */
export function PersonCoverCard({ cover, locale, t }: { cover: PersonCover; locale: Locale; t: HomeT }) {
  const { usage } = cover;
  const overall = [usage.annualMaximum, usage.deductible].filter((limit) => limit !== null);
  const categories = [...usage.categories.map((c) => ({ code: c.code, label: c.label[locale], limits: c.limits })), ...usage.limitGroups.map((g) => ({ code: g.code, label: g.label[locale], limits: g.limits }))].filter((c) => c.limits.length > 0);
  return (
    <Card title={`${cover.name} · ${t(`cover.relation.${cover.relation}`)}`}>
      <DetailList
        className="mb-4"
        items={[
          { label: t("cover.plan"), value: cover.planName[locale] },
          { label: t("cover.policyNumber"), value: cover.policyNumber },
          { label: t("cover.period"), value: t("cover.periodValue", { from: formatDate(usage.policyYear.from, locale), to: formatDate(usage.policyYear.to, locale) }) },
          { label: t("cover.status"), value: cover.coveredToday ? t("cover.covered") : t("cover.notCovered"), muted: !cover.coveredToday },
        ]}
      />
      {overall.length ? (
        <ul className="mb-4 flex flex-col gap-3">
          {overall.map((limit) => (
            <UsageMeter key={limit.kind} usage={limit} locale={locale} />
          ))}
        </ul>
      ) : null}
      {usage.counters.length ? (
        <>
          <h3 className="mb-2 font-semibold text-ink">{t("cover.counters")}</h3>
          <ul className="mb-4 flex flex-col gap-3">
            {usage.counters.map((limit) => (
              <UsageMeter key={limit.en} usage={limit} locale={locale} />
            ))}
          </ul>
        </>
      ) : null}
      {categories.length ? (
        <details>
          <summary className="cursor-pointer font-semibold text-brand-800">{t("cover.categories", { count: categories.length })}</summary>
          <ul className="mt-3 flex flex-col gap-3">
            {categories.flatMap((category) => category.limits.map((limit) => <UsageMeter key={`${category.code}-${limit.kind}`} usage={limit} locale={locale} />))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
