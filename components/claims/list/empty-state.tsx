import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { NewClaimLink } from "./new-claim-link";

/** No claims at all (not just none matching a filter): say so and offer the claim form. */
export async function ClaimsEmptyState() {
  const t = await getTranslations("claims.list.empty");
  return (
    <Card title={t("title")}>
      <p className="mb-4 max-w-prose text-ink">{t("body")}</p>
      <NewClaimLink />
    </Card>
  );
}
