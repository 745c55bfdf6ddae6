import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SelectField, TextField } from "@/components/forms";
import type { ProviderFilter } from "@/lib/providers/find";

/** A plain GET form: searching works without JavaScript, and the URL can be bookmarked or shared. */
export async function ProviderSearchForm({ filter, filtered, choices }: { filter: ProviderFilter; filtered: boolean; choices: { specialities: string[]; regions: string[] } }) {
  const t = await getTranslations("providers");
  const speciality = (code: string) => (t.has(`speciality.${code}`) ? t(`speciality.${code}`) : code);
  return (
    // The fields' required marks and error prefixes are client texts (common): the root layout has no provider.
    <ClientMessages namespaces={[]}>
      {/* Keyed by the filter: after "Clear search" (a client navigation) the uncontrolled fields start afresh. */}
      <form key={JSON.stringify(filter)} method="get" action="/member/providers" role="search" aria-label={t("form.label")} className="mb-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="name" label={t("form.name")} defaultValue={filter.name ?? ""} autoComplete="off" />
        <SelectField
          id="provider-speciality"
          name="speciality"
          label={t("form.speciality")}
          placeholder={t("form.allSpecialities")}
          defaultValue={filter.speciality ?? ""}
          options={choices.specialities.map((code) => ({ value: code, label: speciality(code) }))}
        />
        <SelectField
          id="provider-region"
          name="region"
          label={t("form.region")}
          placeholder={t("form.allRegions")}
          defaultValue={filter.region ?? ""}
          options={choices.regions.map((region) => ({ value: region, label: region }))}
        />
        <TextField name="postalCode" label={t("form.postalCode")} hint={t("form.postalCodeHint")} inputMode="numeric" pattern="[0-9]{1,4}" maxLength={4} defaultValue={filter.postalCode ?? ""} autoComplete="postal-code" />
        <label className="flex min-h-11 items-center gap-2 sm:col-span-2">
          <input type="checkbox" name="directBilling" value="1" defaultChecked={filter.directBilling} className="size-5" />
          <span className="text-ink">{t("form.directBilling")}</span>
        </label>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:justify-end">
          <button type="submit" className="min-h-11 rounded-md border-2 border-brand-700 bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("form.submit")}
          </button>
          {filtered ? <Link href="/member/providers">{t("form.reset")}</Link> : null}
        </div>
      </form>
    </ClientMessages>
  );
}
