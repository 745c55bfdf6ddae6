import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { loadMemberHomeHeading } from "@/lib/home/pages";
import { PageHeading } from "@/components/ui/page-heading";

/**
 * The home's heading, outside its loading boundary (./loading.tsx wraps only the page): it needs
 * nothing but the session, so it is sent with the first bytes and is the first screen's largest
 * text at once, while the usage meters are computed (Lighthouse: LCP no longer waits for them).
 */
export default async function MemberHomeLayout({ children }: { children: ReactNode }) {
  const [{ displayName }, t] = await Promise.all([loadMemberHomeHeading(), getTranslations("home.member")]);
  return (
    <>
      <PageHeading lead={t("intro")}>{t("title", { name: displayName })}</PageHeading>
      {children}
    </>
  );
}
