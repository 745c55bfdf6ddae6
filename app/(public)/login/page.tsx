import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { FormSuccess } from "@/components/forms";
import { ROLE_HOME } from "@/lib/auth/current-user.types";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const user = await getCurrentUser();
  if (user?.roles[0]) redirect(ROLE_HOME[user.roles[0]]);
  const t = await getTranslations("auth.login");
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const notice = params.reset ? t("resetDone") : params.signedOut ? t("signedOut") : callbackUrl ? t("sessionEnded") : null;

  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      {notice ? <FormSuccess message={notice} /> : null}
      <LoginForm callbackUrl={callbackUrl} />
      <p>
        <Link href="/reset-password" className="link">
          {t("forgot")}
        </Link>
      </p>
      <p>
        {t("firstTime")}{" "}
        <Link href="/activate" className="link">
          {t("activateLink")}
        </Link>
      </p>
    </>
  );
}
