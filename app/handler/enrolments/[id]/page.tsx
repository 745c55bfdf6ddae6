import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadEnrolmentReviewPage } from "@/lib/family/pages";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EnrolmentDecisionForm } from "@/components/family/enrolment-decision-form";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.handler"))("title") };
}

export default async function EnrolmentReviewPage({ params }: { params: Params }) {
  const [{ review, locale }, t, tf] = await Promise.all([loadEnrolmentReviewPage(params), getTranslations("family.handler"), getTranslations("family")]);
  return (
    <>
      <p className="mb-4">
        <Link href="/handler/enrolments">{t("back")}</Link>
      </p>
      <PageHeading>{t("reviewTitle", { name: review.personName })}</PageHeading>
      <div className="flex flex-col gap-6">
        <Card title={t("facts")}>
          <DetailList
            items={[
              { label: tf("relationship"), value: tf(`roles.${review.role}` as "roles.CHILD") },
              { label: tf("born"), value: formatDate(review.birthDate, locale) },
              { label: t("policy"), value: review.policyNumber },
              { label: t("coverFrom"), value: formatDate(review.startDate, locale) },
              { label: t("submittedBy"), value: `${review.submittedBy}, ${formatDateTime(review.submittedAt, locale)}` },
              { label: t("due"), value: formatDate(review.dueDate, locale) },
            ]}
          />
        </Card>
        <Card title={t("answers")}>
          <DetailList
            items={[
              ...review.answers.map((a) => ({ label: tf(`add.questions.${a.question}`), value: tf(a.answer === "yes" ? "add.yes" : "add.no") })),
              { label: t("details"), value: review.details ?? t("noDetails"), muted: !review.details },
            ]}
          />
        </Card>
        <Card title={t("decision")}>
          {review.decision === "PENDING" ? (
            <ClientMessages namespaces={["family"]}>
              <EnrolmentDecisionForm enrolmentId={review.enrolmentId} />
            </ClientMessages>
          ) : (
            <p>{t("decided", { decision: t(`decisions.${review.decision}`) })}{review.decisionNote ? ` — ${review.decisionNote}` : ""}</p>
          )}
        </Card>
      </div>
    </>
  );
}
