import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatFileSize } from "@/lib/i18n/format";
import type { ClaimDocumentDto } from "@/lib/claims/member/claim-detail";
import { Card } from "@/components/ui/card";

function size(bytes: number, locale: Locale, t: (key: "size" | "sizeKb", values: { size: string }) => string): string {
  const { size, unit } = formatFileSize(bytes, locale);
  return t(unit === "MB" ? "size" : "sizeKb", { size });
}

/** Documents on the claim; downloads go through /api/documents/<id>, which checks access and audits. */
export async function ClaimDocuments({ documents, locale }: { documents: ClaimDocumentDto[]; locale: Locale }) {
  const t = await getTranslations("claims.documents");
  const tk = await getTranslations("documents.kinds");
  return (
    <Card title={t("title")}>
      {documents.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-baseline gap-x-3">
              <a href={document.href} download aria-label={t("downloadLabel", { name: document.originalName })} className="font-semibold">
                {document.originalName}
              </a>
              <span className="text-sm text-muted">
                {tk(document.kind as "OTHER")} · {size(document.sizeBytes, locale, t)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
