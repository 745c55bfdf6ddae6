"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SelectField, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { useActionForm } from "@/components/forms/use-action-form";
import { changeAdminRightAction, inviteAdminAction, removeAdminAction } from "@/lib/employer/actions/admins";
import { EMPLOYER_RIGHTS, inviteAdminSchema } from "@/lib/employer/admin-schemas";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

/** Issue 12 point 8: a manage admin invites an admin by e-mail with a right (view or manage). */
export function InviteAdminForm() {
  const t = useTranslations("employerAdmins");
  const te = useTranslatedError();
  const { form, state, formAction, pending, onSubmit } = useActionForm(inviteAdminSchema, inviteAdminAction, { email: "", right: "VIEW" });
  const errors = form.formState.errors;
  const rights = EMPLOYER_RIGHTS.map((r) => ({ value: r, label: t(`rights.${r}`) }));
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5">
      <FormError message={state.status === "error" ? te(state.formError) : null} />
      <FormSuccess message={state.status === "success" && state.message ? te(state.message) : null} />
      <TextField label={t("invite.email")} type="email" autoComplete="off" required error={te(errors.email?.message)} {...form.register("email")} />
      <SelectField label={t("invite.right")} options={rights} required error={te(errors.right?.message)} {...form.register("right")} />
      <div>
        <SubmitButton pending={pending} pendingLabel={t("invite.sending")}>{t("invite.submit")}</SubmitButton>
      </div>
    </form>
  );
}

/** One admin's row actions: another right, or removal (the last manage admin is refused by the server). */
export function AdminRowActions({ adminId, name, right }: { adminId: string; name: string; right: "VIEW" | "MANAGE" }) {
  const t = useTranslations("employerAdmins");
  const te = useTranslatedError();
  const [changed, change, changing] = useActionState(changeAdminRightAction, IDLE as ActionResult<undefined>);
  const [removed, remove, removing] = useActionState(removeAdminAction, IDLE as ActionResult<undefined>);
  const error = (s: ActionResult<undefined>) => (s.status === "error" ? te(s.formError ?? Object.values(s.fieldErrors)[0]?.[0]) : null);
  const selectId = `right-${adminId}`;
  return (
    <div className="flex flex-col gap-2">
      <FormError message={error(changed) ?? error(removed)} />
      <div className="flex flex-wrap items-end gap-3">
        <form action={change} className="flex items-end gap-2">
          <input type="hidden" name="adminId" value={adminId} />
          <div>
            <label htmlFor={selectId} className="block text-sm font-semibold">{t("list.rightFor", { name })}</label>
            <select id={selectId} name="right" defaultValue={right} className="min-h-11 rounded-md border border-field px-3 py-2">
              {EMPLOYER_RIGHTS.map((r) => <option key={r} value={r}>{t(`rights.${r}`)}</option>)}
            </select>
          </div>
          <SubmitButton pending={changing} pendingLabel={t("list.changing")} variant="secondary">{t("list.change")}</SubmitButton>
        </form>
        <form action={remove}>
          <input type="hidden" name="adminId" value={adminId} />
          <SubmitButton pending={removing} pendingLabel={t("list.removing")} variant="secondary">{t("list.remove", { name })}</SubmitButton>
        </form>
      </div>
    </div>
  );
}
