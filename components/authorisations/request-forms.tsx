"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useForm, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { FormError, FormSuccess, SubmitButton, TextAreaField, TextField, useTranslatedError } from "@/components/forms";
import { DocumentUploader } from "@/components/documents/document-uploader";
import { newUuid } from "@/components/claims/form/uuid";
import { useObjectAction } from "@/components/handler/use-object-action";
import { postRequestMessageAction, respondToRequestAction, submitMemberInvoiceAction } from "@/lib/authorisations/member/actions";
import { postHandlerRequestMessageAction, requestRequestInformationAction, settleInvoiceAction } from "@/lib/authorisations/review/actions";
import { requestInformationSchema, requestMessageSchema } from "@/lib/authorisations/review/schemas";
import { invoiceFormSchema } from "@/lib/authorisations/invoice-schema";
import type { UploadedDocument } from "@/lib/documents/types";
import type { ActionResult } from "@/lib/server/action-result";

type ObjectAction<T> = (previous: ActionResult<T>, payload: Record<string, unknown>) => Promise<ActionResult<T>>;

const TEXT_FORMS = {
  memberMessage: { schema: requestMessageSchema, field: "body", action: postRequestMessageAction },
  handlerMessage: { schema: requestMessageSchema, field: "body", action: postHandlerRequestMessageAction },
  information: { schema: requestInformationSchema, field: "text", action: requestRequestInformationAction },
} as const;

/** One text posted with the request's id: messages both ways (ACC-4), the handler's information request. */
export function RequestTextForm({ authorisationId, variant, label, submitLabel, doneLabel }: { authorisationId: string; variant: keyof typeof TEXT_FORMS; label: string; submitLabel: string; doneLabel: string }) {
  const { schema, field } = TEXT_FORMS[variant];
  const action = TEXT_FORMS[variant].action as unknown as ObjectAction<unknown>;
  const te = useTranslatedError();
  const router = useRouter();
  const form = useForm<FieldValues>({ resolver: zodResolver(schema as never) as Resolver<FieldValues>, defaultValues: { authorisationId, [field]: "" }, mode: "onTouched" });
  const { state, pending, submit } = useObjectAction(form, action);
  useEffect(() => {
    if (state.status !== "success") return;
    form.reset({ authorisationId, [field]: "" });
    router.refresh();
  }, [state, form, authorisationId, field, router]);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      {state.status === "success" ? <FormSuccess message={doneLabel} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <TextAreaField id={`${field}-${authorisationId}`} label={label} required error={te(form.getFieldState(field as Path<FieldValues>, form.formState).error?.message)} {...form.register(field)} />
      <div>
        <SubmitButton variant="secondary" pending={pending}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The member's answer to an information request: documents (same upload rules as claims) and a message. */
export function InformationResponseForm({ authorisationId }: { authorisationId: string }) {
  const t = useTranslations("authorisations.detail");
  const te = useTranslatedError();
  const router = useRouter();
  const [uploads, setUploads] = useState<UploadedDocument[]>([]);
  const [message, setMessage] = useState("");
  const [state, setState] = useState<ActionResult<unknown>>({ status: "idle" });
  const [pending, setPending] = useState(false);
  async function send() {
    setPending(true);
    const result = await respondToRequestAction({ status: "idle" }, { authorisationId, message, documents: uploads.map((u) => ({ documentId: u.id, kind: "MEDICAL_REPORT" })) });
    setState(result);
    setPending(false);
    if (result.status === "success") router.refresh();
  }
  const fieldError = state.status === "error" ? (state.fieldErrors.message?.[0] ?? state.fieldErrors.documents?.[0]) : undefined;
  return (
    <form noValidate onSubmit={(e) => { e.preventDefault(); void send(); }} className="flex flex-col gap-3">
      {state.status === "success" ? <FormSuccess message={t("responded")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <DocumentUploader documents={uploads} onUploaded={(doc) => setUploads((current) => [...current.filter((d) => d.id !== doc.id), doc])} onRemove={(id) => setUploads((current) => current.filter((d) => d.id !== id))} />
      <TextAreaField name="response-message" label={t("responseMessage")} value={message} onChange={(e) => setMessage(e.target.value)} error={te(fieldError)} />
      <div>
        <SubmitButton pending={pending}>{t("respond")}</SubmitButton>
      </div>
    </form>
  );
}

/** GOP-3: a provider invoice settled against the guarantee — the member uploads it; the handler records it. */
export function InvoiceForm({ authorisationId, side, paidOn }: { authorisationId: string; side: "member" | "handler"; paidOn: boolean }) {
  const withUpload = side === "member";
  const t = useTranslations("authorisations.detail");
  const te = useTranslatedError();
  const router = useRouter();
  const locale = useLocale() === "en" ? "en" : "da";
  const [uploads, setUploads] = useState<UploadedDocument[]>([]);
  const defaults = (): z.input<typeof invoiceFormSchema> => ({ authorisationId, idempotencyKey: newUuid(), locale, invoiceNumber: "", invoiceDate: "", paidOn: "", amount: "", documentId: "" });
  const form = useForm<z.input<typeof invoiceFormSchema>>({ resolver: zodResolver(invoiceFormSchema) as never, defaultValues: defaults(), mode: "onTouched" });
  const base = (side === "member" ? submitMemberInvoiceAction : settleInvoiceAction) as unknown as ObjectAction<unknown>;
  const { state, pending, submit } = useObjectAction(form, async (previous: ActionResult<unknown>, payload: Record<string, unknown>) => {
    const result = await base(previous, payload);
    if (result.status === "success") setUploads([]);
    return result;
  });
  useEffect(() => {
    if (state.status !== "success") return;
    form.reset(defaults());
    router.refresh();
    // Only a new result resets the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  const err = (name: Path<z.input<typeof invoiceFormSchema>>) => te(form.getFieldState(name, form.formState).error?.message);
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      {state.status === "success" ? <FormSuccess message={t("settled")} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      <TextField id={`invoiceNumber-${authorisationId}`} label={t("invoiceNumber")} required error={err("invoiceNumber")} {...form.register("invoiceNumber")} />
      <TextField id={`invoiceDate-${authorisationId}`} type="date" label={t("invoiceDate")} required error={err("invoiceDate")} {...form.register("invoiceDate")} />
      {paidOn ? <TextField id={`paidOn-${authorisationId}`} type="date" label={t("paidOn")} required error={err("paidOn")} {...form.register("paidOn")} /> : null}
      <TextField id={`amount-${authorisationId}`} label={t("amount")} inputMode="decimal" required error={err("amount")} {...form.register("amount")} />
      {withUpload ? (
        <DocumentUploader
          label={t("invoiceDocument")}
          documents={uploads}
          onUploaded={(doc) => {
            setUploads([doc]);
            form.setValue("documentId", doc.id);
          }}
          onRemove={() => {
            setUploads([]);
            form.setValue("documentId", "");
          }}
        />
      ) : null}
      <div>
        <SubmitButton pending={pending}>{t("settle")}</SubmitButton>
      </div>
    </form>
  );
}
