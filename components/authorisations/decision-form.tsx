"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch, type Path } from "react-hook-form";
import type { z } from "zod";
import { FormError, SelectField, SubmitButton, TextAreaField, TextField, useTranslatedError } from "@/components/forms";
import { useObjectAction } from "@/components/handler/use-object-action";
import { decideRequestAction } from "@/lib/authorisations/review/actions";
import { DECISION_OUTCOMES, requestDecisionSchema } from "@/lib/authorisations/review/schemas";
import { amountText } from "@/lib/claims/amount";
import { RULE_IDS } from "@/lib/rules/ruleIds";

type Input = z.input<typeof requestDecisionSchema>;

/** The handler's answer (GOP-2): approve with amount, sessions, validity and direct billing; partly approve or refuse with a rule id. */
export function RequestDecisionForm({ authorisationId, proposal }: { authorisationId: string; proposal: { amountMinor: number | null; sessions: number | null; validFrom: string; validTo: string; directBilling: boolean } }) {
  const t = useTranslations("authorisations.handler");
  const te = useTranslatedError();
  const locale = useLocale() === "en" ? "en" : "da";
  const form = useForm<Input>({
    resolver: zodResolver(requestDecisionSchema) as never,
    defaultValues: {
      authorisationId, locale, outcome: "approve", amount: proposal.amountMinor === null ? "" : amountText(proposal.amountMinor, locale), sessions: proposal.sessions === null ? "" : String(proposal.sessions),
      validFrom: proposal.validFrom, validTo: proposal.validTo, directBilling: proposal.directBilling, ruleId: "", note: "", conditions: "",
    },
    mode: "onTouched",
  });
  const { state, pending, submit } = useObjectAction(form, decideRequestAction as never);
  const outcome = useWatch({ control: form.control, name: "outcome" });
  const err = (name: Path<Input>) => te(form.getFieldState(name, form.formState).error?.message);
  const approving = outcome !== "refuse";
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <SelectField label={t("outcome")} required options={DECISION_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))} error={err("outcome")} {...form.register("outcome")} />
      {approving ? (
        <>
          <TextField label={t("amount")} inputMode="decimal" error={err("amount")} {...form.register("amount")} />
          <TextField label={t("sessions")} type="number" min={1} error={err("sessions")} {...form.register("sessions")} />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField type="date" label={t("validFrom")} required error={err("validFrom")} {...form.register("validFrom")} />
            <TextField type="date" label={t("validTo")} required error={err("validTo")} {...form.register("validTo")} />
          </div>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" className="size-5 accent-brand-700" {...form.register("directBilling")} />
            <span>{t("directBilling")}</span>
          </label>
        </>
      ) : null}
      <SelectField label={t("ruleId")} placeholder="—" options={RULE_IDS.map((id) => ({ value: id, label: id }))} error={err("ruleId")} {...form.register("ruleId")} />
      <TextAreaField label={t("note")} error={err("note")} {...form.register("note")} />
      {approving ? <TextAreaField label={t("conditions")} error={err("conditions")} {...form.register("conditions")} /> : null}
      <div>
        <SubmitButton pending={pending}>{t("decide")}</SubmitButton>
      </div>
    </form>
  );
}
