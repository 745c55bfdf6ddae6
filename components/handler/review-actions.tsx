import { getTranslations } from "next-intl/server";
import type { DecisionFormLine } from "@/lib/claims/review/pages";
import { Card } from "@/components/ui/card";
import { DecisionForm } from "./decision-form";
import { RejectClaimForm } from "./reject-claim-form";
import { RequestInformationForm } from "./request-information-form";

/** What a handler can do with an open claim: decide it line by line, ask the member for information, or reject it. */
export async function ReviewActions(props: { claimId: string; status: string; decisionLines: DecisionFormLine[]; suggestedRuleId: string | undefined }) {
  const t = await getTranslations("handler");
  return (
    <div className="mt-6 flex flex-col gap-6">
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
