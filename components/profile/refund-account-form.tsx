"use client";

import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SelectField, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeRefundAccountAction } from "@/lib/profile/actions/change-refund-account";
import { refundAccountSchema } from "@/lib/profile/refund-account-schema";

/** Change the refund account: Danish reg. + account no. or an IBAN, confirmed with the password. */
export function RefundAccountForm({ accountType }: { accountType: "dk" | "iban" }) {
  const t = useTranslations("profile.account");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(refundAccountSchema, changeRefundAccountAction, {
    accountType,
    regNo: "",
    accountNo: "",
    iban: "",
    currentPassword: "",
  });
  const errors = form.formState.errors;
  const type = form.watch("accountType") ?? accountType;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      {state.status === "success" ? <FormSuccess message={t("done", { account: state.data.masked })} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <SelectField
        label={t("type")}
        required
        options={[
          { value: "dk", label: t("typeDk") },
          { value: "iban", label: t("typeIban") },
        ]}
        error={te(errors.accountType?.message)}
        {...form.register("accountType")}
      />
      {type === "iban" ? (
        <TextField label={t("iban")} hint={t("ibanHint")} autoComplete="off" spellCheck={false} required error={te(errors.iban?.message)} {...form.register("iban")} />
      ) : (
        <div className="grid grid-cols-1 gap-5 sm:grid-cols-[8rem_1fr]">
          <TextField label={t("regNo")} inputMode="numeric" autoComplete="off" required error={te(errors.regNo?.message)} {...form.register("regNo")} />
          <TextField label={t("accountNo")} inputMode="numeric" autoComplete="off" required error={te(errors.accountNo?.message)} {...form.register("accountNo")} />
        </div>
      )}
      <TextField
        label={t("currentPassword")}
        hint={t("currentPasswordHint")}
        type="password"
        autoComplete="current-password"
        required
        error={te(errors.currentPassword?.message)}
        {...form.register("currentPassword")}
      />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
