import { getTranslations } from "next-intl/server";
import type { ProviderListItem } from "@/lib/providers/find";

/** The hits as cards: name, speciality, where, and whether the clinic bills us directly. */
export async function ProviderList({ items }: { items: ProviderListItem[] }) {
  const t = await getTranslations("providers");
  const speciality = (code: string) => (t.has(`speciality.${code}`) ? t(`speciality.${code}`) : code);
  return (
    <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
      {items.map((provider) => (
        <li key={provider.id} className="rounded-lg border border-brand-100 bg-white p-4">
          <h2 className="font-semibold text-ink">{provider.name}</h2>
          <p className="text-ink">{speciality(provider.speciality)}</p>
          <p className="text-muted">
            {[provider.postalCode, provider.city].filter(Boolean).join(" ")} · {provider.region}
          </p>
          <p className="mt-1 flex flex-wrap gap-2 text-sm">
            {provider.directBilling ? <span className="status-badge border-success bg-success-bg text-success">{t("directBilling")}</span> : null}
            {provider.inNetwork ? <span className="status-badge border-brand-700 bg-brand-50 text-brand-800">{t("inNetwork")}</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
