import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadSettlementPage } from "@/lib/claims/member/pages";
import { PageHeading } from "@/components/ui/page-heading";
import { SettlementView } from "@/components/settlement/settlement-view";
import { ComplaintPanel } from "@/components/claims/complaint/complaint-panel";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settlement.pdf");
  return { title: t("heading") };
}

/** CLM-7: the member's settlement note. Their own or their child's claim only (FAM-7); else 404. */
export default async function SettlementPage({ params }: Props) {
  const { note, locale, claimHref, pdfHref, complaints } = await loadSettlementPage(params);
  const t = await getTranslations("settlement");

  return (
    <>
      <p className="mb-4">
        <Link href={claimHref} className="text-brand-700 underline">
          {t("backToClaim")}
        </Link>
      </p>
      <PageHeading lead={t("lead", { claimNumber: note.content.claimNumber })}>{t("title", { number: note.number })}</PageHeading>
      <SettlementView content={note.content} locale={locale} pdfHref={pdfHref} />
      {complaints ? (
        <div className="mt-6">
          <ComplaintPanel claimId={note.claimId} complaints={complaints.complaints} canComplain={complaints.canComplain} locale={locale} />
        </div>
      ) : null}
    </>
  );
}
