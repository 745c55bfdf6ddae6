import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";

/**
 * The benefits page's heading and lead, outside its loading boundary (./loading.tsx wraps only the
 * page): they need no data, so they are in the first bytes and are the phone's largest text at
 * once. Inside the boundary they arrived with the streamed table, and Lighthouse's simulated LCP
 * then waited for the scripts that reveal it (2.8 s).
 */
export default async function BenefitsLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("benefits");
  return (
    <>
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      {children}
    </>
  );
}
