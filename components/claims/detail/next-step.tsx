import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { ClaimDetail } from "@/lib/claims/member/claim-detail";
import type { NextStep as NextStepValue } from "@/lib/claims/timeline";
import { Card } from "@/components/ui/card";

/** "What happens next" with the target date (CLM-5), right under the summary. */
export async function NextStep({ next, claim, locale }: { next: NextStepValue; claim: ClaimDetail; locale: Locale }) {
  const t = await getTranslations("claims.next");
  const values = {
    date: next.date ? formatDate(next.date, locale) : "",
    amount: formatMoney(claim.payableTotalMinor ?? 0, claim.currency, locale),
  };
  return (
    <Card title={t("title")} className="border-s-4 border-s-brand-700">
      <p className="max-w-prose text-ink">{t(next.key, values)}</p>
    </Card>
  );
}
