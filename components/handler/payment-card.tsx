import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { recordRefundPaidAction } from "@/lib/claims/review/workflow-actions";
import { ClaimCommandForm } from "./claim-command-form";

/** A decided claim with something to pay: the handler records the refund as paid (the member is mailed). */
export async function PaymentCard({ claimId }: { claimId: string }) {
  const t = await getTranslations("handler.payment");
  return (
    <Card title={t("title")}>
      <ClaimCommandForm claimId={claimId} action={recordRefundPaidAction} label={t("submit")} pendingLabel={t("submitting")} doneMessage={t("done")} lead={t("lead")} />
    </Card>
  );
}
