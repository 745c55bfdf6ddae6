import { getTranslations } from "next-intl/server";
import type { ReviewDocument } from "@/lib/claims/review/review";
import { documentInlineUrl } from "@/lib/documents/urls";
import { Card } from "@/components/ui/card";

const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/gif"]);

/**
 * The claim's documents shown inline beside the proposal: PDFs in an <iframe>, images in <img>,
 * both from the DOCS route with ?inline=1 (which checks the handler's access and audits the read).
 * TIFF has no browser preview: a link opens it.
 */
export async function ClaimDocuments({ documents }: { documents: ReviewDocument[] }) {
  const t = await getTranslations("handler.documents");
  return (
    <Card title={t("title")}>
      {documents.length === 0 ? <p className="text-muted">{t("none")}</p> : null}
      <ul className="flex flex-col gap-6">
        {documents.map((doc) => {
          const src = documentInlineUrl(doc.id);
          return (
            <li key={doc.id} data-testid="review-document">
              <p className="font-semibold break-all">{doc.originalName}</p>
              <p className="text-sm text-muted">
                {t(`kinds.${doc.kind}` as "kinds.OTHER")} · {doc.lineNos.length ? t("forLines", { lines: doc.lineNos.join(", ") }) : t("notForLine")}
              </p>
              <div className="mt-2">
                {doc.mimeType === "application/pdf" ? (
                  <iframe src={src} title={t("previewPdf", { name: doc.originalName })} className="h-[36rem] w-full rounded border border-brand-100" />
                ) : IMAGE_TYPES.has(doc.mimeType) ? (
                  // eslint-disable-next-line @next/next/no-img-element -- an authorised, uncached route; next/image would proxy and cache it
                  <img src={src} alt={doc.originalName} className="max-h-[36rem] max-w-full rounded border border-brand-100" />
                ) : (
                  <p className="text-muted">{t("noPreview")}</p>
                )}
              </div>
              <a href={src} target="_blank" rel="noopener" className="mt-1 inline-block text-brand-700 underline">
                {t("open", { name: doc.originalName })}
              </a>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
