import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The claim form (FORM slice). A link styled as the primary button: it navigates, it submits nothing. */
export async function NewClaimLink() {
  const t = await getTranslations("claims.list");
  return (
    <Link
      href="/member/claims/new"
      className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
    >
      {t("newClaim")}
    </Link>
  );
}
