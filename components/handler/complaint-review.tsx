import { getTranslations } from "next-intl/server";
import { AppealsBoard } from "@/components/claims/complaint/complaint-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import type { HandlerComplaints } from "@/lib/claims/review/complaint-pages";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { ComplaintDecisionForm } from "./complaint-decision-form";

/** CLM-5 on the review page: the member's complaint(s), the due date, and the decision form for the open one. */
export async function ComplaintReview({ complaints, locale }: { complaints: HandlerComplaints; locale: Locale }) {
  const t = await getTranslations("complaints");
  return (
    <Card title={t("decide.title")}>
      <ul id="complaint" className="flex list-none flex-col gap-5 p-0">
        {complaints.complaints.map((complaint) => (
          <li key={complaint.id} className="border-b border-brand-100 pb-4 last:border-b-0" data-testid="handler-complaint">
            <p className="font-semibold text-ink">{t(`status.${complaint.status}`)}</p>
            <p className="text-sm text-muted">
              {t("received", { date: formatDate(complaint.receivedAt, locale) })} · {t("by", { name: complaint.complainantName })} ·{" "}
              {t("due", { date: formatDate(complaint.dueAt, locale) })}
            </p>
            <p className="mt-2 font-medium text-ink">{t("decide.reasonLabel")}</p>
            <blockquote className="border-s-4 border-brand-100 ps-3 whitespace-pre-line">{complaint.reason}</blockquote>
            {complaint.documents.length ? <p className="mt-1 text-sm">{t("documents", { names: complaint.documents.map((d) => d.name).join(", ") })}</p> : null}
            {complaint.status === "OPEN" && complaints.decidable ? (
              <div className="mt-4">
                <ClientMessages namespaces={["handler", "complaints"]}>
                  <ComplaintDecisionForm complaintId={complaint.id} />
                </ClientMessages>
              </div>
            ) : null}
            {complaint.status === "OPEN" && complaints.ownDecision ? <p className="mt-3 font-medium">{t("errors.ownDecision")}</p> : null}
            {complaint.decidedAt ? (
              <div className="mt-3">
                <p className="font-medium text-ink">
                  {t("decisionReasons")} ({t("decidedOn", { date: formatDate(complaint.decidedAt, locale) })})
                </p>
                <p className="whitespace-pre-line">{complaint.decisionReasons}</p>
                {complaint.status === "REFUSED" ? <AppealsBoard locale={locale} /> : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
