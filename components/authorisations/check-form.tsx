"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/forms";
import { Card } from "@/components/ui/card";
import { answerCheck } from "@/lib/authorisations/check";
import type { ClaimFacts } from "@/lib/cover/facts.types";
import type { Locale } from "@/lib/i18n/config";
import { isRealIsoDate } from "@/lib/rules/dates";
import type { Setting } from "@/lib/rules";

export interface CheckSubject {
  personId: string;
  name: string;
  relation: "self" | "child" | "consent" | "power_of_attorney";
}

const SETTINGS: Setting[] = ["out_patient", "day_patient", "in_patient"];

/**
 * "Do I need pre-approval?" (issue 11, point 1): the answer is computed here, in the browser, by the
 * same rules the server uses (lib/rules through lib/authorisations/check.ts), on every change.
 */
export function CheckForm({ subjects, factsByPerson, today }: { subjects: CheckSubject[]; factsByPerson: Record<string, ClaimFacts>; today: string }) {
  const t = useTranslations("authorisations");
  const locale = useLocale() as Locale;
  const [personId, setPersonId] = useState(subjects[0]?.personId ?? "");
  const facts = factsByPerson[personId];
  const categories = facts?.plan.benefitCategories ?? [];
  const [category, setCategory] = useState("");
  const [setting, setSetting] = useState<Setting>("out_patient");
  const [country, setCountry] = useState("DK");
  const [date, setDate] = useState(today);
  const [quantity, setQuantity] = useState("1");
  const [supplyDays, setSupplyDays] = useState("");
  const chosen = categories.find((c) => c.code === category);

  const result = useMemo(() => {
    if (!facts || !chosen || !isRealIsoDate(date) || !/^[A-Z]{2}$/.test(country.toUpperCase())) return null;
    const count = Number.parseInt(quantity, 10);
    const days = Number.parseInt(supplyDays, 10);
    return answerCheck(facts, { category: chosen.code, setting, country: country.toUpperCase(), date, quantity: Number.isFinite(count) && count > 0 ? count : 1, supplyDays: Number.isFinite(days) && days > 0 ? days : undefined });
  }, [facts, chosen, setting, country, date, quantity, supplyDays]);

  const requestHref = `/member/authorisations/new?${new URLSearchParams({ person: personId, category, setting, country: country.toUpperCase() }).toString()}`;
  const labelOf = (code: string) => categories.find((c) => c.code === code)?.label[locale] ?? code;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <form className="flex flex-col gap-4" onSubmit={(e) => e.preventDefault()} noValidate>
          <SelectField name="personId" label={t("check.person")} value={personId} onChange={(e) => setPersonId(e.target.value)} options={subjects.map((s) => ({ value: s.personId, label: `${s.name} (${t(`relations.${s.relation}`)})` }))} />
          <SelectField name="category" label={t("check.category")} placeholder={t("check.choose")} value={category} onChange={(e) => setCategory(e.target.value)} options={categories.map((c) => ({ value: c.code, label: c.label[locale] }))} />
          <SelectField name="setting" label={t("check.setting")} value={setting} onChange={(e) => setSetting(e.target.value as Setting)} options={SETTINGS.map((s) => ({ value: s, label: t(`settings.${s}`) }))} />
          <TextField name="country" label={t("check.country")} value={country} maxLength={2} autoComplete="off" onChange={(e) => setCountry(e.target.value)} />
          <TextField name="date" type="date" label={t("check.date")} value={date} onChange={(e) => setDate(e.target.value)} />
          <TextField name="quantity" type="number" min={1} inputMode="numeric" label={t("check.quantity")} value={quantity} onChange={(e) => setQuantity(e.target.value)} />
          {chosen?.preAuthorisation.kind === "supply_longer_than" ? (
            <TextField name="supplyDays" type="number" min={1} inputMode="numeric" label={t("check.supplyDays")} value={supplyDays} onChange={(e) => setSupplyDays(e.target.value)} />
          ) : null}
        </form>
      </Card>
      <Card title={t("check.answerTitle")}>
        <div aria-live="polite" data-testid="check-answer">
          {result === null ? (
            <p className="text-muted">{t("check.lead")}</p>
          ) : (
            <div className="flex flex-col gap-3">
              <p className={result.needed ? "text-lg font-semibold text-danger" : "text-lg font-semibold text-ink"}>
                {result.needed ? t("check.needed") : t("check.notNeeded")}
                {result.ruleId ? <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-700">{t("check.rule", { ruleId: result.ruleId })}</span> : null}
              </p>
              {result.treatmentCount ? (
                <p>{t("check.count", { soFar: result.treatmentCount.soFar, free: result.treatmentCount.free, categories: result.treatmentCount.categories.map(labelOf).join(", ") })}</p>
              ) : null}
              <ul className="flex list-disc flex-col gap-1 pl-5">
                {result.reasons.map((reason, index) => (
                  <li key={index}>
                    <span className="font-semibold">{reason.ruleId}</span> {reason[locale]}
                  </li>
                ))}
                {result.network ? (
                  <li>
                    <span className="font-semibold">{result.network.ruleId}</span> {result.network[locale]}
                  </li>
                ) : null}
              </ul>
              {result.alreadyApprovedBy ? <p>{t("check.already", { reference: result.alreadyApprovedBy })}</p> : null}
              {result.needed && !result.alreadyApprovedBy ? (
                <div>
                  <h3 className="font-semibold">{t("check.withoutTitle")}</h3>
                  <p>{result.withoutApproval.action === "refuse" ? t("check.withoutRefuse") : t("check.withoutReduce", { percent: result.withoutApproval.percent })}</p>
                </div>
              ) : null}
              {result.needed && !result.alreadyApprovedBy && subjects.find((s) => s.personId === personId)?.relation !== "consent" ? (
                <p>
                  <Link href={requestHref} className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white">
                    {t("check.request")}
                  </Link>
                </p>
              ) : null}
            </div>
          )}
        </div>
      </Card>
    </div>
  );
}
