import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadEmployerOverviewPage } from "@/lib/employer/pages";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { ButtonLink } from "@/components/family/button-link";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employer"))("metaTitle") };
}

/** The scheme overview (issue 12 point 1): counts and costs, no names of co-insured, no health data (GRP-3). */
export default async function EmployerHomePage() {
  const [page, t] = await Promise.all([loadEmployerOverviewPage(), getTranslations("employer")]);
  const o = page.overview;
  if (!o) {
    return (
      <>
        <PageHeading>{t("title", { name: page.employer?.name ?? page.displayName })}</PageHeading>
        <p>{page.employer ? t("overview.noScheme") : t("overview.noEmployer")}</p>
      </>
    );
  }
  const money = (minor: number) => formatMoney(minor, o.scheme.currency, page.locale);
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title", { name: o.employer.name })}</PageHeading>
      <div className="mb-6 flex flex-wrap gap-3">
        <ButtonLink href="/employer/staff">{t("overview.actions.staff")}</ButtonLink>
        {page.canManage ? <ButtonLink href="/employer/staff/new" variant="secondary">{t("overview.actions.addJoiner")}</ButtonLink> : null}
        {page.canManage ? <ButtonLink href="/employer/import" variant="secondary">{t("overview.actions.import")}</ButtonLink> : null}
        <ButtonLink href="/employer/reconciliation" variant="secondary">{t("overview.actions.reconciliation")}</ButtonLink>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("overview.scheme")}>
          <DetailList
            items={[
              { label: t("overview.employer"), value: o.employer.name },
              { label: t("overview.cvr"), value: o.employer.cvr },
              { label: t("overview.schemeName"), value: o.scheme.name },
              { label: t("overview.policy"), value: o.scheme.policyNumber },
              { label: t("overview.plan"), value: o.scheme.planName[page.locale] },
              { label: t("overview.policyYear"), value: t("overview.range", { from: formatDate(o.year.from, page.locale), to: formatDate(o.year.to, page.locale) }) },
            ]}
          />
        </Card>
        <Card title={t("overview.headcount")}>
          <DetailList
            items={[
              { label: t("staff.statuses.active"), value: o.headcount.active },
              { label: t("staff.statuses.joining"), value: o.headcount.joining },
              { label: t("staff.statuses.leaving"), value: o.headcount.leaving },
              { label: t("overview.coInsured"), value: o.coInsured },
            ]}
          />
          <p className="mt-4 text-muted">{t("overview.noHealth")}</p>
        </Card>
        <Card title={t("overview.premium")}>
          <DetailList
            items={[
              { label: t("overview.perPersonYear"), value: money(o.premium.perPersonYearMinor) },
              { label: t("overview.perPersonMonth"), value: money(o.premium.perPersonMonthMinor) },
              { label: t("overview.insuredMonths"), value: o.premium.insuredMonthsToDate },
              { label: t("overview.yearToDate"), value: money(o.premium.yearToDateMinor) },
              { label: t("overview.paidFor"), value: o.premium.paidForCount },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
