"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormError, FormSuccess, SubmitButton, TextAreaField, useTranslatedError } from "@/components/forms";
import { DocumentUploader } from "@/components/documents/document-uploader";
import { submitComplaintAction } from "@/lib/claims/member/actions/complaint";
import { complaintSchema, COMPLAINT_TEXT_MAX } from "@/lib/claims/complaints/schemas";
import { DOCUMENT_KINDS, type DocumentKind, type UploadedDocument } from "@/lib/documents/types";
import { toLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { IDLE } from "@/lib/server/action-result";

/**
 * CLM-5: the member's complaint about a decision — the reason and documents (uploaded at once with
 * the claim's id, so the server checks access and the claim's 60 MB). Validated with the action's
 * own schema first; errors sit beside their field and nothing typed or uploaded is lost. The form's
 * key is made once, so a double click (or a retry after a lost answer) makes one complaint.
 */
export function ComplaintForm({ claimId, heading }: { claimId: string; heading: boolean }) {
  const t = useTranslations("complaints");
  const tk = useTranslations("documents.kinds");
  const te = useTranslatedError();
  const locale = toLocale(useLocale());
  const router = useRouter();
  const id = useId();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [reason, setReason] = useState("");
  const [documents, setDocuments] = useState<UploadedDocument[]>([]);
  const [kinds, setKinds] = useState<Record<string, DocumentKind>>({});
  const [errors, setErrors] = useState<{ reason?: string; form?: string }>({});
  const [pending, setPending] = useState(false);
  const [sentDue, setSentDue] = useState<string | null>(null);
  const sending = useRef(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  if (sentDue) return <FormSuccess message={t("sent", { due: formatDate(sentDue, locale) })} />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    const payload = { claimId, idempotencyKey, reason, documents: documents.map((doc) => ({ documentId: doc.id, kind: kinds[doc.id] ?? "OTHER" })) };
    const parsed = complaintSchema.safeParse(payload);
    if (!parsed.success) {
      const reasonIssue = parsed.error.issues.find((issue) => issue.path[0] === "reason");
      setErrors({ reason: reasonIssue?.message, form: reasonIssue ? undefined : parsed.error.issues[0]?.message });
      if (reasonIssue) reasonRef.current?.focus();
      return;
    }
    sending.current = true;
    setPending(true);
    setErrors({});
    try {
      const result = await submitComplaintAction(IDLE, payload);
      if (result.status === "success") {
        setSentDue(result.data.dueAt);
        router.refresh();
        return;
      }
      if (result.status === "error") setErrors({ reason: result.fieldErrors.reason?.[0], form: result.formError ?? Object.values(result.fieldErrors)[0]?.[0] });
    } catch {
      setErrors({ form: "complaints.errors.submitFailed" });
    }
    sending.current = false;
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={t("title")} data-testid="complaint-form">
      {/* Under the card's "Your complaints" (a new decision after an upheld complaint): its own heading. */}
      {heading ? <h3 className="text-base font-semibold text-ink">{t("title")}</h3> : null}
      <p>{t("lead")}</p>
      <FormError message={te(errors.form)} />
      <TextAreaField
        ref={reasonRef}
        id={`${id}-reason`}
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        required
        rows={5}
        maxLength={COMPLAINT_TEXT_MAX}
        value={reason}
        error={te(errors.reason)}
        onChange={(event) => setReason(event.target.value)}
      />
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
      <div>
        <SubmitButton pending={pending} pendingLabel={t("sending")}>
          {t("submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
