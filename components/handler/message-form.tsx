"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { postHandlerMessageAction } from "@/lib/claims/review/actions";
import { handlerMessageSchema } from "@/lib/claims/review/schemas";
import { TextAreaField } from "@/components/forms";
import { useObjectAction } from "./use-object-action";

/** ACC-4: the handler writes to the member on the claim. */
export function HandlerMessageForm({ claimId }: { claimId: string }) {
  const t = useTranslations("handler.messages");
  const te = useTranslatedError();
  const form = useForm<z.input<typeof handlerMessageSchema>>({ resolver: zodResolver(handlerMessageSchema), defaultValues: { claimId, body: "" }, mode: "onTouched" });
  const { state, pending, submit } = useObjectAction(form, postHandlerMessageAction);
  useEffect(() => {
    if (state.status === "success") form.reset({ claimId, body: "" });
  }, [state, form, claimId]);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      {state.status === "success" ? <FormSuccess message={t("sent")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <TextAreaField id="message-body" label={t("body")} required error={te(form.formState.errors.body?.message)} {...form.register("body")} />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel={t("sending")}>
          {t("send")}
        </SubmitButton>
      </div>
    </form>
  );
}
