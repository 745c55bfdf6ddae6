"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useFieldArray, useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import { FormError, FormSuccess, SelectField, SubmitButton, TextAreaField, TextField, useFieldError, useTranslatedError } from "@/components/forms";
import { DocumentUploader } from "@/components/documents/document-uploader";
import { ProviderField } from "@/components/claims/form/provider-field";
import { newUuid } from "@/components/claims/form/uuid";
import { saveRequestDraftAction, submitRequestAction } from "@/lib/authorisations/member/actions";
import { copenhagenLocalTime, makeRequestFormSchema, REQUEST_DOCUMENT_KINDS, type RequestDraftValues, type RequestFormValues } from "@/lib/authorisations/request-schema";
import { EMERGENCY_NOTICE_HOURS, hoursAfterStart, instantOfCopenhagenLocal } from "@/lib/authorisations/status";
import type { UploadedDocument } from "@/lib/documents/types";
import { MAX_CLAIM_BYTES, MAX_FILE_BYTES } from "@/lib/documents/limits";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

export interface RequestFormProps {
  today: string;
  subjects: { personId: string; name: string; relation: string }[];
  categoriesByPerson: Record<string, { currency: string; categories: { code: string; label: Record<Locale, string>; settings: string[] }[] }>;
  emergency: boolean;
  prefill: Partial<Pick<RequestDraftValues, "personId" | "category" | "setting" | "country">>;
  draft: { id: string; reference: string; values: RequestDraftValues; documents: UploadedDocument[] } | null;
}

const AUTOSAVE_MS = 20_000;
const noSubscription = () => () => {};

/**
 * The request form (GOP-1; PA-3 with `emergency`): the shared schema checks in the browser and
 * again in the action; a server refusal lands beside its field; a failed submit keeps everything
 * typed and uploaded (and saves the draft). One idempotency key per form instance: a double submit
 * is one request.
 */
export function RequestForm({ today, subjects, categoriesByPerson, emergency, prefill, draft }: RequestFormProps) {
  const t = useTranslations("authorisations.form");
  const ts = useTranslations("authorisations");
  const te = useTranslatedError();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  const defaults = useMemo<RequestDraftValues>(
    () =>
      draft?.values ?? {
        draftId: undefined, idempotencyKey: newUuid(), locale, personId: prefill.personId ?? subjects[0]?.personId ?? "", emergency, treatmentStartedAt: "",
        category: prefill.category ?? "", setting: prefill.setting ?? "out_patient", country: prefill.country ?? "DK", diagnosis: "", plannedTreatment: "",
        providerId: "", providerName: "", plannedDate: "", estimatedCost: "", sessions: "", periodFrom: "", periodTo: "", supplyDays: "", documents: [],
      },
    // Fixed for the life of the form instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  const resolver = useMemo(() => zodResolver(makeRequestFormSchema({ today }) as never) as unknown as Resolver<RequestDraftValues, unknown, RequestFormValues>, [today]);
  const form = useForm<RequestDraftValues, unknown, RequestFormValues>({ resolver, defaultValues: defaults, mode: "onTouched" });
  const { register, control, getValues, setValue, setError, handleSubmit } = form;
  const documents = useFieldArray({ control, name: "documents", keyName: "fieldKey" });
  const personId = useWatch({ control, name: "personId" });
  const categoryCode = useWatch({ control, name: "category" });
  const startedAt = useWatch({ control, name: "treatmentStartedAt" });
  const providerName = useWatch({ control, name: "providerName" });
  const providerId = useWatch({ control, name: "providerId" });
  const categories = categoriesByPerson[personId]?.categories ?? [];
  const category = categories.find((c) => c.code === categoryCode);

  const [uploads, setUploads] = useState<UploadedDocument[]>(draft?.documents ?? []);
  const [formError, setFormError] = useState<string | undefined>();
  const [documentsError, setDocumentsError] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState<{ reference: string; at: string } | null>(draft ? { reference: draft.reference, at: "" } : null);
  const [saveState, setSaveState] = useState<"idle" | "saving" | "failed">("idle");
  const draftIdRef = useRef(draft?.id);
  const submittingRef = useRef(false);
  const lastSaved = useRef(JSON.stringify(defaults));

  const payload = useCallback(() => ({ ...getValues(), draftId: draftIdRef.current ?? "" }), [getValues]);

  function applyErrors(result: Extract<ActionResult<unknown>, { status: "error" }>) {
    let first = true;
    for (const [field, messages] of Object.entries(result.fieldErrors)) {
      if (!messages[0]) continue;
      if (field === "documents") setDocumentsError(messages[0]);
      else {
        setError(field as Path<RequestDraftValues>, { type: "server", message: messages[0] }, { shouldFocus: first });
        first = false;
      }
    }
    setFormError(result.formError ?? (Object.keys(result.fieldErrors).length ? "authorisations.errors.fixFields" : "authorisations.errors.submitFailed"));
  }

  const saveDraft = useCallback(async () => {
    setSaveState("saving");
    try {
      const snapshot = JSON.stringify(getValues());
      const result = await saveRequestDraftAction(IDLE, payload());
      if (result.status !== "success") return setSaveState("failed");
      if (result.data.alreadySubmitted) return router.replace(`/member/authorisations/${result.data.draftId}`);
      draftIdRef.current = result.data.draftId;
      lastSaved.current = snapshot;
      setSaved({ reference: "", at: result.data.savedAt });
      setSaveState("idle");
    } catch {
      setSaveState("failed");
    }
  }, [getValues, payload, router]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (!submittingRef.current && JSON.stringify(getValues()) !== lastSaved.current) void saveDraft();
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [getValues, saveDraft]);

  async function submitValid() {
    if (submittingRef.current) return;
    submittingRef.current = true;
    setSubmitting(true);
    setFormError(undefined);
    setDocumentsError(undefined);
    try {
      const result = await submitRequestAction(IDLE, payload());
      if (result.status === "success") {
        router.push(`/member/authorisations/${result.data.authorisationId}?submitted=1`);
        return;
      }
      if (result.status === "error") applyErrors(result);
    } catch {
      setFormError("authorisations.errors.submitFailed");
    }
    submittingRef.current = false;
    setSubmitting(false);
    void saveDraft();
  }

  const late = emergency && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(startedAt) && hoursAfterStart(instantOfCopenhagenLocal(startedAt, copenhagenLocalTime), new Date()) > EMERGENCY_NOTICE_HOURS;
  // Held while a pointer is pressed: the date's error appearing on blur must not move "Send" from under the click.
  const err = useFieldError(form as never);

  return (
    <form noValidate onSubmit={(e) => void handleSubmit(submitValid, () => setFormError("authorisations.errors.fixFields"))(e)} className="flex max-w-2xl flex-col gap-5" data-hydrated={hydrated ? "true" : undefined}>
      <FormError message={te(formError)} />
      <input type="hidden" {...register("emergency")} />
      <SelectField label={t("person")} required options={subjects.map((s) => ({ value: s.personId, label: `${s.name} (${ts(`relations.${s.relation}`)})` }))} error={err("personId")} {...register("personId")} />
      <SelectField label={t("category")} required placeholder="—" options={categories.map((c) => ({ value: c.code, label: c.label[locale] }))} error={err("category")} {...register("category")} />
      <SelectField label={t("setting")} required options={(category?.settings ?? ["out_patient", "day_patient", "in_patient"]).map((s) => ({ value: s, label: ts(`settings.${s}`) }))} error={err("setting")} {...register("setting")} />
      <TextField label={t("country")} maxLength={2} autoComplete="off" error={err("country")} {...register("country")} />
      <TextAreaField label={t("diagnosis")} hint={t("diagnosisHint")} required maxLength={500} error={err("diagnosis")} {...register("diagnosis")} />
      <TextAreaField label={t("treatment")} hint={t("treatmentHint")} required maxLength={1000} error={err("plannedTreatment")} {...register("plannedTreatment")} />
      <ProviderField
        name="providerName"
        label={t("provider")}
        hint={t("providerHint")}
        required
        value={providerName}
        selectedId={providerId || undefined}
        error={err("providerName")}
        onTextChange={(text) => {
          setValue("providerName", text, { shouldDirty: true });
          setValue("providerId", "");
        }}
        onSelect={(provider) => {
          setValue("providerName", provider.name, { shouldDirty: true, shouldValidate: true });
          setValue("providerId", provider.id);
        }}
      />
      {emergency ? (
        <>
          <TextField type="datetime-local" label={t("startedAt")} required error={err("treatmentStartedAt")} {...register("treatmentStartedAt")} />
          {late ? (
            <p role="alert" className="rounded-md border-2 border-accent bg-danger-bg p-3 font-medium text-ink">
              {t("late")}
            </p>
          ) : null}
        </>
      ) : (
        <TextField type="date" label={t("plannedDate")} required min={today} error={err("plannedDate")} {...register("plannedDate")} />
      )}
      <TextField label={t("estimatedCost")} hint={t("estimatedCostHint")} inputMode="decimal" autoComplete="off" error={err("estimatedCost")} {...register("estimatedCost")} />
      <TextField type="number" min={1} inputMode="numeric" label={t("sessions")} error={err("sessions")} {...register("sessions")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="date" label={t("periodFrom")} error={err("periodFrom")} {...register("periodFrom")} />
        <TextField type="date" label={t("periodTo")} error={err("periodTo")} {...register("periodTo")} />
      </div>
      {categoryCode === "prescribed_drugs" ? <TextField type="number" min={1} label={t("supplyDays")} error={err("supplyDays")} {...register("supplyDays")} /> : null}

      <section aria-labelledby="request-documents" className="flex flex-col gap-3">
        <h2 id="request-documents" className="text-lg font-semibold text-ink">
          {t("documents")}
        </h2>
        {documentsError ? (
          <p id="documents-error" role="alert" className="font-medium text-danger">
            {te(documentsError, { maxFileMb: MAX_FILE_BYTES / 1024 / 1024, maxClaimMb: MAX_CLAIM_BYTES / 1024 / 1024 })}
          </p>
        ) : null}
        <DocumentUploader
          documents={uploads}
          disabled={submitting}
          label={t("documents")}
          onUploaded={(doc) => {
            setUploads((current) => [...current.filter((d) => d.id !== doc.id), doc]);
            setDocumentsError(undefined);
            documents.append({ documentId: doc.id, kind: /henvis|referral/i.test(doc.originalName) ? "REFERRAL" : /recept|prescription/i.test(doc.originalName) ? "PRESCRIPTION" : "MEDICAL_REPORT" }, { shouldFocus: false });
          }}
          onRemove={(id) => {
            setUploads((current) => current.filter((d) => d.id !== id));
            const index = getValues("documents").findIndex((d) => d.documentId === id);
            if (index >= 0) documents.remove(index);
          }}
        />
        {documents.fields.map((field, index) => (
          <SelectField
            key={field.fieldKey}
            label={t("documentKind", { name: uploads.find((u) => u.id === field.documentId)?.originalName ?? "" })}
            options={REQUEST_DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documentKinds.${k}`) }))}
            error={err(`documents.${index}.kind`)}
            {...register(`documents.${index}.kind`)}
          />
        ))}
      </section>

      <FormSuccess message={saveState === "saving" ? t("savingDraft") : saved?.at ? t("savedAt", { reference: saved.reference, time: formatDateTime(saved.at, locale) }) : undefined} />
      {saveState === "failed" ? (
        <p role="alert" className="font-medium text-danger">
          {t("saveFailed")}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row">
        <SubmitButton pending={submitting} pendingLabel={t("submitting")}>
          {t("submit")}
        </SubmitButton>
        <button type="button" onClick={() => void saveDraft()} disabled={submitting} className="min-h-11 rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
          {t("saveDraft")}
        </button>
      </div>
    </form>
  );
}
