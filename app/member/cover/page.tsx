import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadBenefitsPage } from "@/lib/home/pages";
import { BenefitList } from "@/components/benefits/benefit-list";
import { PlanTerms } from "@/components/benefits/plan-terms";
import { WaitingPeriods } from "@/components/benefits/waiting-periods";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("benefits");
  return { title: t("metaTitle") };
}

export default async function BenefitsPage() {
  const [{ locale, policies }, t] = await Promise.all([loadBenefitsPage(), getTranslations("benefits")]);
  return (
    <>
      {policies.length === 0 ? <p className="text-ink">{t("empty")}</p> : null}
      {policies.map((policy) => (
        <section key={policy.policyNumber} aria-labelledby={`policy-${policy.policyNumber}`} className="mb-10 flex flex-col gap-4">
          <div>
            <h2 id={`policy-${policy.policyNumber}`} className="text-xl font-semibold text-ink">
              {t("policy", { plan: policy.planName[locale], number: policy.policyNumber })}
            </h2>
            <p className="text-sm text-muted">{t("planVersion", { insurer: policy.insurer, version: policy.planVersion })}</p>
          </div>
          <WaitingPeriods persons={policy.persons} locale={locale} />
          <PlanTerms table={policy.table} locale={locale} />
          <h3 className="text-lg font-semibold text-ink">{t("table.title")}</h3>
          <BenefitList rows={policy.table.rows} currency={policy.table.currency} locale={locale} />
        </section>
      ))}
    </>
  );
}
