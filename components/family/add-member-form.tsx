"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { FormError, FormSuccess, SelectField, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { RadioGroupField } from "@/components/claims/form/radio-group-field";
import { newUuid } from "@/components/claims/form/uuid";
import { addFamilyMemberAction } from "@/lib/family/actions/add-member";
import type { AddMemberPage } from "@/lib/family/pages";
import { addMemberSchema } from "@/lib/family/schemas";
import { formatDate } from "@/lib/i18n/format";
import { addMonths, isRealIsoDate, toDay } from "@/lib/rules/dates";
import { newbornDeadline } from "@/lib/rules/enrolment/newborn";
import { HealthDeclarationFields } from "./health-declaration-fields";

type Props = Omit<AddMemberPage, "locale"> & { locale: AddMemberPage["locale"] };

/** FAM-3 in the browser: the registration deadline counting down, and whether a declaration is needed. */
function useNewborn(props: Props, role: string | undefined, birthDate: string | undefined) {
  return useMemo(() => {
    if (role !== "NEWBORN" || !props.newborn || !birthDate || !isRealIsoDate(birthDate)) return null;
    const deadline = newbornDeadline({ family: { newborn: props.newborn } } as never, birthDate, props.today)!;
    const policyYoung = toDay(addMonths(props.policyStartDate, props.newborn.minPolicyMonths)) > toDay(birthDate);
    return { ...deadline, policyYoung, needsDeclaration: policyYoung || deadline.daysLeft < 0 };
  }, [props.newborn, props.policyStartDate, props.today, role, birthDate]);
}

/** Add a spouse, partner, child, newborn or parent; refusals name their rule (FAM-1…5) in the reader's language. */
export function AddMemberForm(props: Props) {
  const t = useTranslations("family");
  const te = useTranslatedError();
  const [key] = useState(newUuid);
  const { form, state, formAction, pending, onSubmit } = useActionForm(addMemberSchema, addFamilyMemberAction, { idempotencyKey: key, livesAtHome: "yes" });
  const errors = form.formState.errors;
  const role = form.watch("role");
  const newborn = useNewborn(props, role, form.watch("birthDate"));
  const serverAsksDeclaration = state.status === "error" && Boolean(state.fieldErrors.hospitalised);
  const showDeclaration = role === "NEWBORN" && (newborn?.needsDeclaration || serverAsksDeclaration);
  const isChild = role === "CHILD" || role === "NEWBORN";
  const result = state.status === "success" ? state.data : null;

  if (result && result.outcome !== "refused") {
    const name = `${form.getValues("firstName")} ${form.getValues("lastName")}`;
    const message =
      result.outcome === "pending"
        ? t("add.pending", { name, date: formatDate(result.dueDate, props.locale) })
        : t(result.invited ? "add.addedInvited" : "add.added", { name, date: formatDate(result.coverFrom, props.locale) });
    return (
      <FormSuccess message={message}>
        <p className="mt-3 flex flex-wrap gap-4">
          <Link href="/member/family">{t("add.back")}</Link>
          {/* A fresh page: a new form with a new idempotency key. */}
          <a href="/member/family/add">{t("add.another")}</a>
        </p>
      </FormSuccess>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError ?? (serverAsksDeclaration ? "family.errors.healthDeclarationNeeded" : null)) : null} />
      {result?.outcome === "refused" ? (
        <div role="alert" className="rounded-md border-2 border-danger bg-danger-bg p-4">
          <p className="font-semibold">{t("add.refused")}</p>
          <ul className="list-disc pl-5">
            {result.reasons.map((r) => (
              <li key={`${r.ruleId}-${r.en}`}>
                <strong>{r.ruleId}</strong>: {r[props.locale]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <input type="hidden" {...form.register("idempotencyKey")} />
      <SelectField
        label={t("add.role")}
        required
        placeholder={t("add.choose")}
        options={props.roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        error={te(errors.role?.message)}
        {...form.register("role")}
      />
      <TextField label={t("add.firstName")} autoComplete="off" required error={te(errors.firstName?.message)} {...form.register("firstName")} />
      <TextField label={t("add.lastName")} autoComplete="off" required error={te(errors.lastName?.message)} {...form.register("lastName")} />
      <TextField label={t("add.birthDate")} hint={t("add.dateHint")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.birthDate?.message)} {...form.register("birthDate")} />
      <TextField label={t("add.cpr")} hint={t("add.cprHint")} inputMode="numeric" autoComplete="off" required error={te(errors.cpr?.message)} {...form.register("cpr")} />
      {newborn ? (
        <p role="status" className="rounded-md border-2 border-accent bg-brand-50 p-3">
          {newborn.policyYoung
            ? t("add.newbornPolicyYoung", { months: props.newborn!.minPolicyMonths })
            : newborn.daysLeft >= 0
              ? t("add.newbornDeadline", { date: formatDate(newborn.registerBy, props.locale), days: newborn.daysLeft })
              : t("add.newbornDeadlinePassed", { date: formatDate(newborn.registerBy, props.locale) })}
        </p>
      ) : null}
      {role !== "NEWBORN" ? (
        <TextField label={t("add.startDate")} hint={t("add.dateHint")} inputMode="numeric" placeholder="YYYY-MM-DD" required error={te(errors.startDate?.message)} {...form.register("startDate")} />
      ) : null}
      {isChild ? (
        <RadioGroupField legend={t("add.livesAtHome")} inline options={[{ value: "yes", label: t("add.yes") }, { value: "no", label: t("add.no") }]} {...form.register("livesAtHome")} />
      ) : (
        <TextField label={t("add.email")} hint={t("add.emailHint")} type="email" autoComplete="off" error={te(errors.email?.message)} {...form.register("email")} />
      )}
      {showDeclaration ? <HealthDeclarationFields form={form as never} /> : null}
      <div>
        <SubmitButton pending={pending} pendingLabel={t("add.submitting")}>
          {t("add.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
