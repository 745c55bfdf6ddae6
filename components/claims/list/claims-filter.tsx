import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CLAIM_STATUSES, type ClaimPerson } from "@/lib/claims/queries";
import type { ClaimStatusName } from "@/lib/claims/timeline";

const selectClass = "block w-full min-w-0 rounded-md border border-field bg-white px-3 py-2 text-base text-ink";

/** A plain GET form: filtering works without JavaScript, and the URL can be bookmarked or shared. */
export async function ClaimsFilter({ persons, personId, status }: { persons: ClaimPerson[]; personId?: string; status?: ClaimStatusName }) {
  const t = await getTranslations("claims");
  const filtered = Boolean(personId || status);
  return (
    <form method="get" action="/member/claims" role="search" aria-label={t("filter.label")} className="mb-6 flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
      {persons.length > 1 ? (
        <div className="flex flex-col gap-1 sm:w-56">
          <label htmlFor="claims-filter-person" className="font-medium text-ink">
            {t("filter.person")}
          </label>
          <select id="claims-filter-person" name="person" defaultValue={personId ?? ""} className={selectClass}>
            <option value="">{t("filter.allPersons")}</option>
            {persons.map((person) => (
              <option key={person.personId} value={person.personId}>
                {person.relation === "self" ? t("filter.you", { name: person.name }) : person.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex flex-col gap-1 sm:w-56">
        <label htmlFor="claims-filter-status" className="font-medium text-ink">
          {t("filter.status")}
        </label>
        <select id="claims-filter-status" name="status" defaultValue={status ?? ""} className={selectClass}>
          <option value="">{t("filter.allStatuses")}</option>
          {CLAIM_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`status.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-11 rounded-md border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50">
          {t("filter.submit")}
        </button>
        {filtered ? <Link href="/member/claims">{t("filter.reset")}</Link> : null}
      </div>
    </form>
  );
}
