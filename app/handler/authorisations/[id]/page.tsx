import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadRequestReference, loadRequestReviewPage } from "@/lib/authorisations/review/pages";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { RequestDecisionForm } from "@/components/authorisations/decision-form";
import { InvoiceForm, RequestTextForm } from "@/components/authorisations/request-forms";
import { RequestAnswer, RequestDocuments, RequestInvoices, RequestMessageList, RequestSummary, RequestTimeline, TopUpLinks } from "@/components/authorisations/request-views";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FormSuccess } from "@/components/forms";
import { Card } from "@/components/ui/card";
import type { PageSearchParams } from "@/lib/server/request-context";
import { PageHeading } from "@/components/ui/page-heading";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<PageSearchParams>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const reference = await loadRequestReference((await params).id);
  const t = await getTranslations("authorisations.handler");
  return { title: reference ? t("metaTitle", { reference }) : undefined };
}

/** A request in review: the rules' assessment beside the decision, information request, invoices and messages. */
export default async function HandlerRequestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ detail, locale, documentHref }, t, td, tk] = await Promise.all([loadRequestReviewPage(params), getTranslations("authorisations.handler"), getTranslations("authorisations.detail"), getTranslations("authorisations.kinds")]);
  const open = detail.status === "SUBMITTED" || detail.status === "IN_REVIEW" || detail.status === "INFORMATION_REQUESTED";
  const approved = detail.status === "APPROVED" || detail.status === "PARTLY_APPROVED";
  const proposal = detail.assessment?.proposal;
  const decided = (await searchParams).done === "decided" && !open;
  return (
    <>
      <p className="mb-4">
        <Link href="/handler/authorisations">{t("back")}</Link>
      </p>
      <PageHeading lead={open && detail.dueAt ? td("answerBy", { time: formatDateTime(detail.dueAt, locale) }) : undefined}>{td("title", { kind: tk(detail.kind), reference: detail.reference })}</PageHeading>
      {decided ? <FormSuccess className="mb-6" message={t("decided")} /> : null}
      <ClientMessages namespaces={["authorisations"]}>
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="flex flex-col gap-6">
            <RequestSummary detail={detail} locale={locale} />
            {detail.assessment ? (
              <Card title={t("engine")}>
                {proposal ? (
                  <p className="mb-2">
                    {t("proposal", { amount: proposal.amountMinor === undefined ? "—" : formatMoney(proposal.amountMinor, detail.currency, locale), sessions: proposal.sessions ?? "—", from: proposal.validFrom, to: proposal.validTo })}
                  </p>
                ) : null}
                <ul className="list-disc pl-5">
                  {[...detail.assessment.reviewReasons, ...detail.assessment.explanation].map((reason, index) => (
                    <li key={index}>
                      <span className="font-semibold">{reason.ruleId}</span> {reason[locale]}
                    </li>
                  ))}
                </ul>
              </Card>
            ) : null}
            <RequestDocuments detail={detail} locale={locale} hrefOf={(id) => `${documentHref(id)}?inline=1`} />
            <RequestTimeline detail={detail} locale={locale} />
          </div>
          <div className="flex flex-col gap-6">
            {open ? (
              <>
                <Card title={t("decision")}>
                  <RequestDecisionForm
                    authorisationId={detail.id}
                    proposal={{ amountMinor: proposal?.amountMinor ?? detail.estimatedCostMinor, sessions: proposal?.sessions ?? detail.sessionsRequested, validFrom: proposal?.validFrom ?? detail.plannedDate, validTo: proposal?.validTo ?? detail.plannedDate, directBilling: proposal?.directBilling ?? false }}
                  />
                </Card>
                {detail.status !== "INFORMATION_REQUESTED" ? (
                  <Card title={t("askInformation")}>
                    <RequestTextForm authorisationId={detail.id} variant="information" label={t("informationText")} submitLabel={t("ask")} doneLabel={t("asked")} />
                  </Card>
                ) : null}
              </>
            ) : (
              <RequestAnswer detail={detail} locale={locale} letterHref={detail.letterDocumentId ? documentHref(detail.letterDocumentId) : null} />
            )}
            <RequestInvoices detail={detail} locale={locale} />
            {approved && detail.approvedAmountMinor !== null ? (
              <Card title={t("invoiceTitle")}>
                <InvoiceForm authorisationId={detail.id} side="handler" paidOn={detail.category === "patient_association"} />
              </Card>
            ) : null}
            <TopUpLinks detail={detail} base="/handler/authorisations" />
            <Card title={td("messages")}>
              <div className="flex flex-col gap-4">
                <RequestMessageList detail={detail} locale={locale} />
                <RequestTextForm authorisationId={detail.id} variant="handlerMessage" label={t("message")} submitLabel={td("send")} doneLabel={td("sent")} />
              </div>
            </Card>
          </div>
        </div>
      </ClientMessages>
    </>
  );
}
