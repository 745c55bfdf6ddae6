"use client";

import { useTranslations } from "next-intl";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { DocumentUploader } from "@/components/documents/document-uploader";
import type { ClaimDraftValues } from "@/lib/claims/member/claim-draft-schema";
import type { ClaimFormValues } from "@/lib/claims/member/claim-form-schema";
import type { UploadedDocument } from "@/lib/documents/types";
import { describedBy, HintAndError } from "@/components/forms/field-frame";
import { SelectField } from "@/components/forms";
import { FormPanel } from "./form-panel";
import { useFieldError } from "@/components/forms/use-field-error";

/** The kinds a member chooses between (a medical report is what handlers ask for later). */
export const MEMBER_DOCUMENT_KINDS = ["INVOICE", "RECEIPT", "REFERRAL", "PRESCRIPTION", "OTHER"] as const;

/**
 * Which line(s) one document proves: a group of checkboxes, one per line. The error sits below
 * the boxes, so it appearing or clearing never moves a box under the pointer (issue 14 point 4).
 */
function LineLinks({ docIndex, lineCount }: { docIndex: number; lineCount: number }) {
  const t = useTranslations("claimForm.documents");
  const fieldError = useFieldError();
  const { control } = useFormContext<ClaimDraftValues, unknown, ClaimFormValues>();
  const name = `documents.${docIndex}.lineIndexes` as const;
  const { field } = useController({ control, name });
  const selected: number[] = field.value ?? [];
  const error = fieldError(name);
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(name, undefined, error)}>
      <legend className="font-medium text-ink">{t("provesLines")}</legend>
      <div className="flex flex-wrap gap-x-6">
        {Array.from({ length: lineCount }, (_, line) => {
          const id = `${name}-${line}`;
          return (
            <label key={line} htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-2 pe-2 text-ink">
              <input
                id={id}
                type="checkbox"
                className="size-5 accent-brand-700"
                checked={selected.includes(line)}
                aria-invalid={error ? true : undefined}
                onChange={(event) => {
                  const next = event.target.checked ? [...new Set([...selected, line])].sort((a, b) => a - b) : selected.filter((l) => l !== line);
                  field.onChange(next);
                }}
                onBlur={field.onBlur}
              />
              {t("lineOption", { number: line + 1 })}
            </label>
          );
        })}
      </div>
      <HintAndError name={name} error={error} />
    </fieldset>
  );
}

/**
 * Uploads (the DOCS slice's DocumentUploader) and, per uploaded file, its kind and the line(s)
 * it proves. Referral, prescription and receipt flags of each line follow from these choices.
 */
export function DocumentsFields({
  uploads,
  onUploaded,
  onRemove,
  disabled,
  serverError,
}: {
  uploads: UploadedDocument[];
  onUploaded: (doc: UploadedDocument) => void;
  onRemove: (id: string) => void;
  disabled?: boolean;
  serverError?: string;
}) {
  const t = useTranslations("claimForm.documents");
  const fieldError = useFieldError();
  const { register, control } = useFormContext<ClaimDraftValues, unknown, ClaimFormValues>();
  const documents = useWatch({ control, name: "documents" }) ?? [];
  const lineCount = (useWatch({ control, name: "lines" }) ?? []).length;

  return (
    <FormPanel id="documents" title={t("title")} intro={t("intro")}>
      {serverError ? (
        <p id="documents-error" role="alert" className="font-medium text-danger">
          {serverError}
        </p>
      ) : null}
      <DocumentUploader documents={uploads} onUploaded={onUploaded} onRemove={onRemove} disabled={disabled} label={t("uploadLabel")} />
      {documents.length > 0 ? (
        <ul className="flex flex-col gap-4">
          {documents.map((doc, index) => {
            const upload = uploads.find((u) => u.id === doc.documentId);
            return (
              <li key={doc.documentId} className="flex flex-col gap-3 rounded-md border border-brand-100 p-3" data-testid={`document-${index}`}>
                <p className="font-semibold break-all text-ink">{upload?.originalName ?? t("unnamed")}</p>
                <SelectField
                  label={t("kind", { name: upload?.originalName ?? "" })}
                  placeholder={t("kindPlaceholder")}
                  options={MEMBER_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                  required
                  error={fieldError(`documents.${index}.kind`)}
                  {...register(`documents.${index}.kind`)}
                />
                <LineLinks docIndex={index} lineCount={lineCount} />
              </li>
            );
          })}
        </ul>
      ) : null}
    </FormPanel>
  );
}
