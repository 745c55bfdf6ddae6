"use client";

import { useLocale, useTranslations } from "next-intl";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { TextField } from "@/components/forms";
import { SETTINGS } from "@/lib/claims/claim-case";
import type { ClaimDraftValues } from "@/lib/claims/member/claim-draft-schema";
import type { ClaimFormValues } from "@/lib/claims/member/claim-form-schema";
import type { Locale } from "@/lib/i18n/config";
import type { Plan } from "@/lib/rules";
import { ProviderField } from "./provider-field";
import { RadioGroupField } from "./radio-group-field";
import { SelectField } from "@/components/forms";
import { useFieldError } from "@/components/forms/use-field-error";

/** Currencies offered; anything but the plan's is refused with a clear message (one currency per claim). */
const CURRENCIES = ["DKK", "EUR", "SEK", "NOK", "GBP", "USD", "CHF"];

function countryName(code: string, locale: Locale): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(code)) return undefined;
  try {
    return new Intl.DisplayNames([locale === "da" ? "da-DK" : "en-GB"], { type: "region" }).of(code.toUpperCase());
  } catch {
    return undefined;
  }
}

/** One treatment line (one invoice line): date, category, setting, provider, country, amount, currency. */
export function ClaimLineFields({ index, plan, today, onRemove, canRemove }: { index: number; plan: Plan | undefined; today: string; onRemove: () => void; canRemove: boolean }) {
  const t = useTranslations("claimForm.line");
  const fieldError = useFieldError();
  const locale = useLocale() as Locale;
  const { register, control, setValue } = useFormContext<ClaimDraftValues, unknown, ClaimFormValues>();
  const prefix = `lines.${index}` as const;
  const provider = useController({ control, name: `${prefix}.providerName` });
  const providerId = useWatch({ control, name: `${prefix}.providerId` });
  const country = useWatch({ control, name: `${prefix}.country` });
  const category = useWatch({ control, name: `${prefix}.category` });

  const categories = (plan?.benefitCategories ?? []).map((c) => ({ value: c.code, label: c.label[locale] }));
  // A draft may hold a category the current person's plan lacks: keep it visible so the error can say so.
  if (category && !categories.some((c) => c.value === category)) categories.push({ value: category, label: category });
  const planCurrency = plan?.currency ?? "DKK";
  const currencies = [planCurrency, ...CURRENCIES.filter((c) => c !== planCurrency)].map((c) => ({ value: c, label: c }));

  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4 sm:p-5" data-testid={`claim-line-${index}`}>
      <legend className="px-1 text-lg font-semibold text-ink">{t("legend", { number: index + 1 })}</legend>
      <TextField
        label={t("treatmentDate")}
        type="date"
        max={today}
        required
        error={fieldError(`${prefix}.treatmentDate`)}
        {...register(`${prefix}.treatmentDate`)}
      />
      <SelectField
        label={t("category")}
        placeholder={t("categoryPlaceholder")}
        options={categories}
        required
        error={fieldError(`${prefix}.category`)}
        {...register(`${prefix}.category`)}
      />
      <RadioGroupField
        legend={t("setting")}
        options={SETTINGS.map((s) => ({ value: s, label: t(`settings.${s}`) }))}
        hint={t("settingHint")}
        inline
        required
        error={fieldError(`${prefix}.setting`)}
        {...register(`${prefix}.setting`)}
      />
      <ProviderField
        name={`${prefix}.providerName`}
        label={t("provider")}
        hint={t("providerHint")}
        required
        error={fieldError(`${prefix}.providerName`) ?? fieldError(`${prefix}.providerId`)}
        value={provider.field.value ?? ""}
        selectedId={providerId || undefined}
        onTextChange={(text) => {
          provider.field.onChange(text);
          // A typed name is not the provider picked before.
          if (providerId) setValue(`${prefix}.providerId`, "", { shouldDirty: true });
        }}
        onSelect={(hit) => {
          provider.field.onChange(hit.name);
          setValue(`${prefix}.providerId`, hit.id, { shouldDirty: true });
        }}
        onBlur={provider.field.onBlur}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_2fr]">
        <TextField
          label={t("country")}
          hint={countryName(country ?? "", locale) ?? t("countryHint")}
          maxLength={2}
          autoCapitalize="characters"
          className="sm:max-w-48"
          required
          error={fieldError(`${prefix}.country`)}
          {...register(`${prefix}.country`)}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField
          label={t("amount")}
          hint={t("amountHint")}
          inputMode="decimal"
          autoComplete="off"
          required
          error={fieldError(`${prefix}.amount`)}
          {...register(`${prefix}.amount`)}
        />
        <SelectField label={t("currency")} options={currencies} required error={fieldError(`${prefix}.currency`)} {...register(`${prefix}.currency`)} />
      </div>
      {canRemove ? (
        <div>
          <button
            type="button"
            onClick={onRemove}
            className="min-h-11 rounded-md border-2 border-danger px-4 py-2 font-semibold text-danger hover:bg-danger-bg"
          >
            {t("remove", { number: index + 1 })}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
