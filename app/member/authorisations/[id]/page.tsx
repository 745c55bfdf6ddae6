import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadRequestDetailPage, loadRequestReference } from "@/lib/authorisations/member/pages";
import type { PageSearchParams } from "@/lib/server/request-context";
import { formatDateTime } from "@/lib/i18n/format";
import { FormSuccess } from "@/components/forms";
import { InformationResponseForm, InvoiceForm, RequestTextForm } from "@/components/authorisations/request-forms";
import { RequestAnswer, RequestDocuments, RequestInvoices, RequestMessageList, RequestSummary, RequestTimeline, TopUpLinks } from "@/components/authorisations/request-views";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeading } from "@/components/ui/page-heading";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const reference = await loadRequestReference((await params).id);
  const t = await getTranslations("authorisations.detail");
  return { title: reference ? t("metaTitle", { reference }) : undefined };
}

/** One request: the 48-hour answer time, the answer and the GOP letter, the timeline, documents, invoices, messages. */
export default async function RequestDetailPage({ params, searchParams }: { params: Params; searchParams: Promise<PageSearchParams> }) {
  const [{ detail, locale, canAct, submitted, letterHref, overdue }, t, tk] = await Promise.all([loadRequestDetailPage(params, searchParams), getTranslations("authorisations.detail"), getTranslations("authorisations.kinds")]);
  const open = detail.status === "SUBMITTED" || detail.status === "IN_REVIEW" || detail.status === "INFORMATION_REQUESTED";
  const approved = detail.status === "APPROVED" || detail.status === "PARTLY_APPROVED";
  return (
    <>
      <p className="mb-4">
        <Link href="/member/authorisations">{t("back")}</Link>
      </p>
      <PageHeading>{t("title", { kind: tk(detail.kind), reference: detail.reference })}</PageHeading>
      {submitted && detail.dueAt ? <FormSuccess className="mb-6" message={t("submitted", { time: formatDateTime(detail.dueAt, locale) })} /> : null}
      <ClientMessages namespaces={["authorisations", "documents"]}>
        <div className="flex flex-col gap-6">
          {open && detail.dueAt ? (
            <p className="rounded-md bg-brand-50 p-4 text-lg font-semibold" data-testid="answer-by">
              {overdue ? t("overdue") : t("answerBy", { time: formatDateTime(detail.dueAt, locale) })}
            </p>
          ) : null}
          {detail.status === "INFORMATION_REQUESTED" && detail.openTask ? (
            <Card title={t("informationTitle")}>
              <p className="mb-4 whitespace-pre-line">{detail.openTask.text}</p>
              {canAct ? <InformationResponseForm authorisationId={detail.id} /> : null}
            </Card>
          ) : null}
          <RequestAnswer detail={detail} locale={locale} letterHref={letterHref} />
          <RequestSummary detail={detail} locale={locale} />
          <RequestInvoices detail={detail} locale={locale} />
          {approved && canAct && detail.approvedAmountMinor !== null ? (
            <Card title={t("sendInvoice")}>
              <InvoiceForm authorisationId={detail.id} side="member" paidOn={detail.category === "patient_association"} />
            </Card>
          ) : null}
          <TopUpLinks detail={detail} base="/member/authorisations" />
          <RequestTimeline detail={detail} locale={locale} />
          <RequestDocuments detail={detail} locale={locale} hrefOf={(id, isLetter) => (isLetter ? `/member/authorisations/${detail.id}/letter` : `/api/documents/${id}`)} />
          <Card title={t("messages")}>
            <div className="flex flex-col gap-4">
              <RequestMessageList detail={detail} locale={locale} />
              {canAct ? <RequestTextForm authorisationId={detail.id} variant="memberMessage" label={t("writeMessage")} submitLabel={t("send")} doneLabel={t("sent")} /> : null}
            </div>
          </Card>
        </div>
      </ClientMessages>
    </>
  );
}
