"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { FormError, FormSuccess, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { decideClaimAction } from "@/lib/claims/review/actions";
import type { DecisionFormLine } from "@/lib/claims/review/pages";
import { decideClaimSchema, HANDLER_LINE_DECISIONS, type DecideClaimInput } from "@/lib/claims/review/schemas";
import { toLocale } from "@/lib/i18n/config";
import { TextAreaField } from "@/components/forms";
import { RulePicker } from "./rule-picker";
import { useObjectAction } from "./use-object-action";


/**
 * Per line: approve as proposed, adjust (new amount ≤ claimed + reason) or reject (rule id +
 * reason); one submit decides the whole claim. Defaults to "approve" everywhere, so approving
 * the engine's proposal is one click.
 */
export function DecisionForm({ claimId, lines }: { claimId: string; lines: DecisionFormLine[] }) {
  const t = useTranslations("handler.decide");
  const te = useTranslatedError();
  const locale = useLocale();
  const form = useForm<DecideClaimInput>({
    resolver: zodResolver(decideClaimSchema as never) as never,
    defaultValues: {
      claimId,
      locale: toLocale(locale),
      lines: lines.map((line) => ({ lineId: line.id, decision: "approve", amount: "", ruleId: "", reason: "" })),
    },
    mode: "onTouched",
  });
  const { state, pending, submit } = useObjectAction(form, decideClaimAction);
  const errors = form.formState.errors;
  const choices = useWatch({ control: form.control, name: "lines" });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={t("title")}>
      {state.status === "success" ? <FormSuccess message={t("done")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      {lines.map((line, index) => {
        const decision = choices?.[index]?.decision ?? "approve";
        const lineErrors = errors.lines?.[index];
        return (
          <fieldset key={line.id} className="rounded-md border border-brand-100 p-4" data-testid={`decision-line-${line.lineNo}`}>
            <legend className="px-1 font-semibold">
              {t("lineLegend", { lineNo: line.lineNo, category: line.category, claimed: line.claimedText, proposed: line.proposedText })}
            </legend>
            <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-5">
              {HANDLER_LINE_DECISIONS.map((value) => (
                <label key={value} className="inline-flex min-h-11 items-center gap-2">
                  <input type="radio" value={value} {...form.register(`lines.${index}.decision`)} className="size-5" />
                  {t(value)}
                </label>
              ))}
            </div>
            {decision === "adjust" ? (
              <TextField
                className="mt-3 max-w-xs"
                label={t("amount")}
                hint={t("amountHint", { claimed: line.claimedText })}
                inputMode="decimal"
                required
                error={te(lineErrors?.amount?.message)}
                {...form.register(`lines.${index}.amount`)}
              />
            ) : null}
            {decision !== "approve" ? (
              <>
                <RulePicker
                  className="mt-3 max-w-md"
                  control={form.control}
                  name={`lines.${index}.ruleId`}
                  id={`decision-${line.lineNo}-ruleId`}
                  label={decision === "reject" ? t("ruleId") : t("ruleIdOptional")}
                  required={decision === "reject"}
                  error={te(lineErrors?.ruleId?.message)}
                />
                <TextAreaField className="mt-3" label={t("reason")} required error={te(lineErrors?.reason?.message)} {...form.register(`lines.${index}.reason`)} />
              </>
            ) : null}
          </fieldset>
        );
      })}
      <div>
        <SubmitButton pending={pending} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
