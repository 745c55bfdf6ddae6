"use client";

import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { TextAreaField, useTranslatedError } from "@/components/forms";
import { RadioGroupField } from "@/components/claims/form/radio-group-field";
import { HEALTH_QUESTIONS } from "@/lib/family/schemas";

type Fields = Record<(typeof HEALTH_QUESTIONS)[number] | "details", string | undefined>;

/** FAM-3: the health declaration's questions. The answers go to the handler only. */
export function HealthDeclarationFields({ form }: { form: UseFormReturn<Fields & Record<string, unknown>> }) {
  const t = useTranslations("family.add");
  const te = useTranslatedError();
  const errors = form.formState.errors as Partial<Record<keyof Fields, { message?: string }>>;
  return (
    <fieldset className="flex flex-col gap-4 rounded-md border-2 border-brand-100 p-4">
      <legend className="px-1 text-lg font-semibold">{t("declaration")}</legend>
      <p className="text-muted">{t("declarationLead")}</p>
      {HEALTH_QUESTIONS.map((question) => (
        <RadioGroupField
          key={question}
          legend={t(`questions.${question}`)}
          required
          inline
          options={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]}
          error={te(errors[question]?.message)}
          {...form.register(question)}
        />
      ))}
      <TextAreaField label={t("details")} rows={3} error={te(errors.details?.message)} {...form.register("details")} />
    </fieldset>
  );
}
