import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/request-meta";
import { loadSettlementNoteFor } from "@/lib/claims/settlement";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { PageHeading } from "@/components/ui/page-heading";
import { SettlementView } from "@/components/settlement/settlement-view";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settlement.pdf");
  return { title: t("heading") };
}

/** CLM-7: the member's settlement note. Their own or their child's claim only (FAM-7); else 404. */
export default async function SettlementPage({ params }: Props) {
  const user = await requireUser("MEMBER");
  const { id } = await params;
  const note = await loadSettlementNoteFor(db(), user, id, { ip: clientIp(await headers()), via: "settlement-page" });
  if (!note) notFound();
  const t = await getTranslations("settlement");
  const requested = await getLocale();
  const locale = toLocale(requested);

  return (
    <>
      <p className="mb-4">
        <Link href={`/member/claims/${id}`} className="text-brand-700 underline">
          {t("backToClaim")}
        </Link>
      </p>
      <PageHeading lead={t("lead", { claimNumber: note.content.claimNumber })}>{t("title", { number: note.number })}</PageHeading>
      <SettlementView content={note.content} locale={locale} pdfHref={`/api/claims/${id}/settlement-note`} />
    </>
  );
}
