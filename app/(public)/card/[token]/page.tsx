import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadCardVerificationPage } from "@/lib/member-card/pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("card.verify");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

/** What a clinic sees when it scans a membership card's QR code: valid or not today, and the initials — nothing else (ACC-2). */
export default async function CardVerificationPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ result }, t] = await Promise.all([loadCardVerificationPage(params), getTranslations("card.verify")]);
  const valid = result?.valid === true;
  return (
    <>
      <h1 className="text-2xl font-bold text-ink">{t("title")}</h1>
      <p role="status" className={valid ? "rounded-lg border-2 border-success bg-success-bg p-4 text-xl font-semibold text-success" : "rounded-lg border-2 border-[#8a5a00] bg-[#fff7e0] p-4 text-xl font-semibold text-[#5c3b00]"}>
        {result === null ? t("unknown") : valid ? t("valid", { initials: result.initials }) : t("notValid", { initials: result.initials })}
      </p>
      <p className="text-muted">{t("note")}</p>
    </>
  );
}
