"use client";

import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { DocumentUploader } from "@/components/documents/document-uploader";
import { respondToInformationRequestAction } from "@/lib/claims/member/actions/respond";
import { informationResponseSchema, MESSAGE_MAX_LENGTH } from "@/lib/claims/member/follow-up-schemas";
import { DOCUMENT_KINDS, type DocumentKind, type UploadedDocument } from "@/lib/documents/types";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

/**
 * The member's answer to an information request: documents (uploaded at once with the claim's id,
 * so the server checks access and the 60 MB total) with their type, and an optional message.
 * Validated with the action's own schema before sending; a refusal keeps everything as it was.
 */
export function InformationResponseForm({ claimId }: { claimId: string }) {
  const t = useTranslations("claims.request");
  const tk = useTranslations("documents.kinds");
  const te = useTranslatedError();
  const id = useId();
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [kinds, setKinds] = useState<Record<string, DocumentKind>>({});
  const [message, setMessage] = useState("");
  const [clientError, setClientError] = useState<string | null>(null);
  const [state, formAction, pending] = useActionState(respondToInformationRequestAction, IDLE as ActionResult<{ claimId: string }>);

  if (state.status === "success") return <FormSuccess message={t("success")} />;

  const serverError = state.status === "error" ? (state.formError ?? Object.values(state.fieldErrors)[0]?.[0] ?? null) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const payload = { claimId, documents: documents.map((doc) => ({ documentId: doc.id, kind: kinds[doc.id] ?? "OTHER" })), message };
    const parsed = informationResponseSchema.safeParse(payload);
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message ?? "common.errors.generic");
      return;
    }
    setClientError(null);
    startTransition(() => formAction(payload));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <FormError message={te(clientError ?? serverError)} />
      <DocumentUploader
        claimId={claimId}
        documents={documents}
        label={t("uploadLabel")}
        disabled={pending}
        onUploaded={(doc) => setDocuments((current) => [...current, doc])}
        onRemove={(removed) => setDocuments((current) => current.filter((doc) => doc.id !== removed))}
      />
      {documents.length ? (
        <ul className="flex flex-col gap-3">
          {documents.map((doc) => (
            <li key={doc.id} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-3">
              <label htmlFor={`${id}-kind-${doc.id}`} className="font-medium text-ink">
                {t("kind", { name: doc.originalName })}
              </label>
              <select
                id={`${id}-kind-${doc.id}`}
                value={kinds[doc.id] ?? "OTHER"}
                onChange={(event) => setKinds((current) => ({ ...current, [doc.id]: event.target.value as DocumentKind }))}
                className="rounded-md border border-field bg-white px-3 py-2 text-ink"
              >
                {DOCUMENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {tk(kind)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-message`} className="font-medium text-ink">
          {t("message")}
        </label>
        <textarea
          id={`${id}-message`}
          name="message"
          rows={4}
          maxLength={MESSAGE_MAX_LENGTH}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          className="block w-full rounded-md border border-field bg-white px-3 py-2 text-base text-ink"
        />
      </div>
      <div>
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
