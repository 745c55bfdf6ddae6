import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { ClaimDetail } from "@/lib/claims/member/claim-detail";

/** After submit the claim form lands here with ?submitted=1: confirm the number and the CLM-5 target. */
export async function SubmittedBanner({ claim, locale }: { claim: ClaimDetail; locale: Locale }) {
  const t = await getTranslations("claims.detail");
  const decided = claim.status === "DECIDED" || claim.status === "PAID";
  const text =
    decided || !claim.dueAt
      ? t("submittedBannerDecided", { number: claim.number })
      : t("submittedBanner", { number: claim.number, date: formatDate(claim.dueAt, locale) });
  return (
    <div role="status" className="mb-6 rounded-md border-2 border-success bg-success-bg p-4">
      <p className="font-semibold text-success">{text}</p>
    </div>
  );
}
