import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SelectField } from "@/components/forms";
import { CLAIM_STATUSES, type ClaimPerson } from "@/lib/claims/member/queries";
import type { ClaimStatusName } from "@/lib/claims/timeline";

/** A plain GET form: filtering works without JavaScript, and the URL can be bookmarked or shared. */
export async function ClaimsFilter({ persons, personId, status }: { persons: ClaimPerson[]; personId?: string; status?: ClaimStatusName }) {
  const t = await getTranslations("claims");
  const filtered = Boolean(personId || status);
  return (
    // The fields' required marks and error prefixes are client texts (common): the root layout has no provider.
    <ClientMessages namespaces={[]}>
      <form method="get" action="/member/claims" role="search" aria-label={t("filter.label")} className="mb-6 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        {persons.length > 1 ? (
          <SelectField
            id="claims-filter-person"
            name="person"
            label={t("filter.person")}
            placeholder={t("filter.allPersons")}
            defaultValue={personId ?? ""}
            className="sm:w-56"
            options={persons.map((person) => ({
              value: person.personId,
              label: person.relation === "self" ? t("filter.you", { name: person.name }) : person.name,
            }))}
          />
        ) : null}
        <SelectField
          id="claims-filter-status"
          name="status"
          label={t("filter.status")}
          placeholder={t("filter.allStatuses")}
          defaultValue={status ?? ""}
          className="sm:w-56"
          options={CLAIM_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-11 rounded-md border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            {t("filter.submit")}
          </button>
          {filtered ? <Link href="/member/claims">{t("filter.reset")}</Link> : null}
        </div>
      </form>
    </ClientMessages>
  );
}
