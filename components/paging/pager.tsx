import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous/next links for any paged list at `basePath`, keeping its query; plain links, so they work without JavaScript. */
export async function Pager({ basePath, page, pageCount, query }: { basePath: string; page: number; pageCount: number; query: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("claims.pagination");
  const href = (target: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
    if (target > 1) params.set("page", String(target));
    const search = params.toString();
    return search ? `${basePath}?${search}` : basePath;
  };
  return (
    <nav aria-label={t("label")} className="mt-6 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" prefetch={false} className="font-semibold">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-muted">{t("page", { page, pageCount: Math.max(pageCount, page) })}</p>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" prefetch={false} className="font-semibold">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
