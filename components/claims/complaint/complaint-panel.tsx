import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import type { ClaimComplaints, ComplaintDto } from "@/lib/claims/complaints/view";
import { APPEALS_BOARD } from "@/lib/claims/mail/claim-update";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { ComplaintForm } from "./complaint-form";

/** Ankenævnet for Forsikring: where a member goes when the complaint is refused. */
export async function AppealsBoard({ locale }: { locale: Locale }) {
  const t = await getTranslations("complaints.board");
  return (
    <div className="mt-3 rounded-md border border-brand-100 bg-brand-50 p-4" data-testid="appeals-board">
      <p className="font-semibold text-ink">{t("title")}</p>
      <p>{t("text")}</p>
      <address className="not-italic">
        {APPEALS_BOARD.name[locale]}
        <br />
        {APPEALS_BOARD.address}
        <br />
        {APPEALS_BOARD.web}
      </address>
    </div>
  );
}

async function ComplaintItem({ complaint, locale }: { complaint: ComplaintDto; locale: Locale }) {
  const t = await getTranslations("complaints");
  return (
    <li className="border-b border-brand-100 pb-4 last:border-b-0" data-testid="complaint">
      <p className="font-semibold text-ink">{t(`status.${complaint.status}`)}</p>
      <p className="text-sm text-muted">
        {t("received", { date: formatDate(complaint.receivedAt, locale) })} · {t("by", { name: complaint.complainantName })}
        {complaint.status === "OPEN" ? <> · {t("due", { date: formatDate(complaint.dueAt, locale) })}</> : null}
      </p>
      <blockquote className="mt-2 border-s-4 border-brand-100 ps-3 whitespace-pre-line">{complaint.reason}</blockquote>
      {complaint.documents.length ? <p className="mt-1 text-sm">{t("documents", { names: complaint.documents.map((d) => d.name).join(", ") })}</p> : null}
      {complaint.decidedAt ? (
        <div className="mt-3">
          <p className="font-medium text-ink">
            {t("decisionReasons")} ({t("decidedOn", { date: formatDate(complaint.decidedAt, locale) })})
          </p>
          <p className="whitespace-pre-line" data-testid="complaint-reasons">
            {complaint.decisionReasons}
          </p>
          {complaint.status === "REFUSED" ? <AppealsBoard locale={locale} /> : null}
        </div>
      ) : null}
    </li>
  );
}

/**
 * A decided claim's complaints (CLM-5) and, while its decision can still be complained about and
 * the member may act for the patient (ACC-3), the complaint form.
 */
export async function ComplaintPanel({ claimId, complaints, canComplain, locale }: { claimId: string; complaints: ClaimComplaints; canComplain: boolean; locale: Locale }) {
  const t = await getTranslations("complaints");
  const blocked = complaints.block === "alreadyOpen" || complaints.block === "alreadyComplained" ? complaints.block : null;
  return (
    <Card title={complaints.complaints.length ? t("listTitle") : t("title")}>
      <div id="complaint" className="flex flex-col gap-4">
        {complaints.complaints.length ? (
          <ul className="flex list-none flex-col gap-4 p-0">
            {complaints.complaints.map((complaint) => (
              <ComplaintItem key={complaint.id} complaint={complaint} locale={locale} />
            ))}
          </ul>
        ) : null}
        {blocked && complaints.complaints.length ? <p className="text-muted">{t(`blocked.${blocked}`)}</p> : null}
        {canComplain && complaints.block === null ? (
          <ClientMessages namespaces={["complaints", "documents"]}>
            <ComplaintForm claimId={claimId} heading={complaints.complaints.length > 0} />
          </ClientMessages>
        ) : null}
      </div>
    </Card>
  );
}
