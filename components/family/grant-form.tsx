"use client";

import { useTranslations } from "next-intl";
import { FormError, SelectField, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { RadioGroupField } from "@/components/claims/form/radio-group-field";
import { giveGrantAction } from "@/lib/family/actions/grants";
import { grantSchema } from "@/lib/family/schemas";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

/** ACC-3: give a consent (see) or a power of attorney (see and act), with scope and period, password re-entered. */
export function GrantForm({ grantees, today, latestEnd, locale }: { grantees: { personId: string; name: string }[]; today: string; latestEnd: string; locale: Locale }) {
  const t = useTranslations("family.consents");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(grantSchema, giveGrantAction, {
    granteePersonId: grantees.length === 1 ? grantees[0]!.personId : undefined,
    kind: "HEALTH_DATA_SHARING",
    scope: "ALL",
    validFrom: today,
    validTo: latestEnd,
  });
  const errors = form.formState.errors;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <SelectField label={t("grantee")} required placeholder="—" options={grantees.map((g) => ({ value: g.personId, label: g.name }))} error={te(errors.granteePersonId?.message)} {...form.register("granteePersonId")} />
      <RadioGroupField
        legend={t("kind")}
        required
        options={(["HEALTH_DATA_SHARING", "POWER_OF_ATTORNEY"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        error={te(errors.kind?.message)}
        {...form.register("kind")}
      />
      <RadioGroupField legend={t("scope")} required options={(["ALL", "CLAIMS"] as const).map((s) => ({ value: s, label: t(`scopes.${s}`) }))} error={te(errors.scope?.message)} {...form.register("scope")} />
      <TextField label={t("validFrom")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.validFrom?.message)} {...form.register("validFrom")} />
      <TextField label={t("validTo")} hint={t("validToHint", { date: formatDate(latestEnd, locale) })} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.validTo?.message)} {...form.register("validTo")} />
      <TextField label={t("password")} hint={t("passwordHint")} type="password" autoComplete="current-password" required error={te(errors.password?.message)} {...form.register("password")} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("giving")}>
          {t("give")}
        </SubmitButton>
      </div>
    </form>
  );
}
