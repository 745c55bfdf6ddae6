import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadNotFoundTexts, loadSignedInFrame } from "@/components/shell/not-found-frame";
import { NotFoundView } from "@/components/shell/not-found-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const [signedIn, texts] = await Promise.all([loadSignedInFrame(), loadNotFoundTexts()]);
  return <NotFoundView signedIn={signedIn} texts={texts} />;
}
