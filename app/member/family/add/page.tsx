import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { loadAddMemberPage } from "@/lib/family/pages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddMemberForm } from "@/components/family/add-member-form";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("family.add"))("title") };
}

export default async function AddFamilyMemberPage() {
  const [page, t] = await Promise.all([loadAddMemberPage(), getTranslations("family.add")]);
  return (
    <>
      <p className="mb-4">
        <Link href="/member/family">{t("back")}</Link>
      </p>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <ClientMessages namespaces={["family"]}>
        <AddMemberForm {...page} />
      </ClientMessages>
    </>
  );
}
