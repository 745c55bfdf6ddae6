import { getTranslations } from "next-intl/server";
import type { PolicyBenefits } from "@/lib/home/benefits";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";

/** ELG-2: per person on the policy, the waiting periods still running and the day cover starts. */
export async function WaitingPeriods({ persons, locale }: { persons: PolicyBenefits["persons"]; locale: Locale }) {
  const t = await getTranslations("benefits.waiting");
  const running = persons.filter((person) => person.waiting.length > 0);
  return (
    <Card title={t("title")} headingLevel={3}>
      {running.length === 0 ? (
        <p className="text-ink">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {running.map((person) => (
            <li key={person.personId}>
              <p className="font-semibold text-ink">{t("person", { name: person.name })}</p>
              <ul className="list-disc ps-5 text-ink">
                {person.waiting.map((period) => (
                  <li key={period.kind}>{t("endsOn", { kind: t(`kind.${period.kind}`), date: formatDate(period.endsOn, locale), rule: "ELG-2" })}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
