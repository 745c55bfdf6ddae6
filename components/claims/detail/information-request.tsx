import { getTranslations } from "next-intl/server";
import type { ClaimTaskDto } from "@/lib/claims/member/claim-detail";
import { Card } from "@/components/ui/card";
import { InformationResponseForm } from "./information-response-form";

/** The open request from the handler (their text + rule id) and the member's answer form. */
export async function InformationRequest({ claimId, task }: { claimId: string; task: ClaimTaskDto }) {
  const t = await getTranslations("claims.request");
  return (
    <Card title={t("title")} className="border-2 border-[#8a5a00]">
      <p className="font-semibold text-ink">{t("from")}</p>
      <blockquote className="mb-5 mt-1 border-s-4 border-brand-100 ps-3 whitespace-pre-line text-ink">
        {task.text}
        {task.ruleId ? <span className="ms-1 text-muted">({t("rule", { ruleId: task.ruleId })})</span> : null}
      </blockquote>
      <InformationResponseForm claimId={claimId} />
    </Card>
  );
}
