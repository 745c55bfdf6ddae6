import { getTranslations } from "next-intl/server";
import type { DecisionFormLine } from "@/lib/claims/review/pages";
import type { Locale } from "@/lib/i18n/config";
import { formatDateTime } from "@/lib/i18n/format";
import { Card } from "@/components/ui/card";
import { AcuteIllnessForm } from "./acute-illness-form";
import { DecisionForm } from "./decision-form";
import { RejectClaimForm } from "./reject-claim-form";
import { RequestInformationForm } from "./request-information-form";

/**
 * What a handler can do with an open claim: decide it line by line, ask the member for
 * information, or reject it; where a waiting period holds a line (ELG-2), record the medical
 * adviser's confirmation of an acute serious illness.
 */
export async function ReviewActions(props: {
  claimId: string;
  status: string;
  decisionLines: DecisionFormLine[];
  suggestedRuleId: string | undefined;
  waitingPeriodCited: boolean;
  acuteIllnessConfirmedAt: string | null;
  locale: Locale;
}) {
  const t = await getTranslations("handler");
  return (
    <div className="mt-6 flex flex-col gap-6">
      {props.acuteIllnessConfirmedAt ? (
        <p className="rounded border border-brand-100 bg-brand-50 p-3" data-testid="acute-illness-confirmed">
          {t("acuteIllness.confirmed", { date: formatDateTime(props.acuteIllnessConfirmedAt, props.locale) })}
        </p>
      ) : props.waitingPeriodCited ? (
        <Card title={t("acuteIllness.title")}>
          <AcuteIllnessForm claimId={props.claimId} />
        </Card>
      ) : null}
      <Card title={t("decide.title")}>
        <p className="mb-4 max-w-prose text-muted">{t("decide.lead")}</p>
        <DecisionForm claimId={props.claimId} lines={props.decisionLines} />
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        {props.status !== "INFORMATION_REQUESTED" ? (
          <Card title={t("requestInformation.title")}>
            <RequestInformationForm claimId={props.claimId} suggestedRuleId={props.suggestedRuleId} />
          </Card>
        ) : null}
        <Card title={t("reject.title")}>
          <RejectClaimForm claimId={props.claimId} />
        </Card>
      </div>
    </div>
  );
}
