import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadContinuationPage } from "@/lib/continuation/pages";
import { formatDate } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AcceptContinuationForm } from "@/components/continuation/accept-form";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("continuation");
  return { title: t("metaTitle") };
}

/** Issue 12 point 6 (GRP-4): a leaver's offer to continue on individual terms. Logic: lib/continuation/. */
export default async function ContinuationPage() {
  const [page, t] = await Promise.all([loadContinuationPage(), getTranslations("continuation")]);
  const { offer, locale } = page;
  const date = (iso: string) => formatDate(iso, locale);
  if (!offer) {
    return (
      <>
        <PageHeading>{t("title")}</PageHeading>
        <p className="text-ink">{t("none")}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading lead={t("lead", { employer: offer.employerName })}>{t("title")}</PageHeading>
      <div className="flex flex-col gap-6">
        {offer.accepted ? (
          <section role="status" aria-labelledby="accepted-heading" className="rounded-md border-2 border-success bg-success-bg p-4 text-ink">
            <h2 id="accepted-heading" className="mb-2 text-lg font-semibold">{t("accepted.title")}</h2>
            <p>{t("accepted.body", { policy: offer.accepted.policyNumber, start: date(offer.accepted.startDate) })}</p>
            <p className="mt-2">
              {offer.accepted.preExistingWaitingEndsOn ? t("accepted.waiting", { until: date(offer.accepted.preExistingWaitingEndsOn) }) : t("accepted.noWaiting")}
            </p>
          </section>
        ) : null}
        <Card title={t("what.title")}>
          <p className="mb-4 max-w-prose text-ink">{t("what.why", { group: offer.groupPlanName })}</p>
          <DetailList
            items={[
              { label: t("what.plan"), value: offer.individualPlanName ?? t("what.noPlan"), muted: !offer.individualPlanName },
              { label: t("what.benefits"), value: offer.benefits.join(", ") || "–" },
              { label: t("what.deadline"), value: date(offer.deadline) },
            ]}
          />
        </Card>
        {offer.accepted ? null : (
          <Card title={offer.today.onTime ? t("today.onTimeTitle") : t("today.lateTitle")}>
            <p className="mb-4 max-w-prose text-ink">
              {offer.today.onTime
                ? t("today.onTime", { deadline: date(offer.deadline), start: date(offer.today.startDate) })
                : t("today.late", { deadline: date(offer.deadline), months: offer.today.lateWaitingMonths, start: date(offer.today.startDate), until: date(offer.today.preExistingWaitingEndsOn ?? offer.today.startDate) })}
            </p>
            <p className="mb-4 max-w-prose text-ink">{t("privacy")}</p>
            {offer.individualPlanName ? (
              <ClientMessages namespaces={["continuation"]}>
                <AcceptContinuationForm offerId={offer.id} />
              </ClientMessages>
            ) : null}
          </Card>
        )}
      </div>
    </>
  );
}
