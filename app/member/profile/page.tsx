import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/i18n/format";
import { loadProfilePage } from "@/lib/profile/pages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { PageHeading } from "@/components/ui/page-heading";
import { RefundAccountForm } from "@/components/profile/refund-account-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("metaTitle") };
}

export default async function ProfilePage() {
  const [{ locale, profile }, t] = await Promise.all([loadProfilePage(), getTranslations("profile")]);
  if (!profile) {
    return (
      <>
        <PageHeading>{t("title")}</PageHeading>
        <p className="text-ink">{t("noPerson")}</p>
      </>
    );
  }
  const missing = t("missing");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <div className="flex flex-col gap-6">
        <Card title={t("contact.title")}>
          <DetailList
            items={[
              { label: t("contact.name"), value: profile.name },
              { label: t("contact.memberNumber"), value: profile.memberNumber },
              { label: t("contact.email"), value: profile.email ?? missing, muted: !profile.email },
              { label: t("contact.phone"), value: profile.phone ?? missing, muted: !profile.phone },
              { label: t("contact.address"), value: profile.address ?? missing, muted: !profile.address },
            ]}
          />
          <p className="mt-4 max-w-prose text-muted">{t("contact.howToChange")}</p>
        </Card>
        <Card title={t("account.title")}>
          <DetailList
            className="mb-5"
            items={[
              { label: t("account.current"), value: profile.refundAccount ?? t("account.none"), muted: !profile.refundAccount },
              ...(profile.refundAccountChangedAt ? [{ label: t("account.changedAt"), value: formatDateTime(profile.refundAccountChangedAt, locale) }] : []),
            ]}
          />
          <p className="mb-5 max-w-prose text-ink">{t("account.intro")}</p>
          <ClientMessages namespaces={["profile"]}>
            <RefundAccountForm accountType={profile.accountType} />
          </ClientMessages>
        </Card>
        <Card title={t("data.title")}>
          <ul className="flex flex-col gap-2">
            <li>
              <Link href="/member/access-log" className="font-medium">
                {t("data.accessLog")}
              </Link>
            </li>
            <li>
              <Link href="/member/export" className="font-medium">
                {t("data.export")}
              </Link>
            </li>
          </ul>
        </Card>
      </div>
    </>
  );
}
