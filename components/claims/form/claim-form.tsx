"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormProvider, useFieldArray, useForm, useWatch, type Path, type Resolver } from "react-hook-form";
import { FormError, FormSuccess, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
import { saveClaimDraftAction } from "@/lib/claims/member/actions/save-draft";
import { submitClaimAction } from "@/lib/claims/member/actions/submit-claim";
import type { ClaimDraftValues } from "@/lib/claims/member/claim-draft-schema";
import { makeClaimFormSchema, MAX_LINES, type ClaimFormValues } from "@/lib/claims/member/claim-form-schema";
import type { ClaimFacts } from "@/lib/cover/facts.types";
import { MAX_CLAIM_BYTES, MAX_FILE_BYTES } from "@/lib/documents/limits";
import type { DocumentKind, UploadedDocument } from "@/lib/documents/types";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/config";
import { IDLE, type ActionResult } from "@/lib/server/action-result";
import { CheckboxField } from "./checkbox-field";
import { ClaimLineFields } from "./claim-line-fields";
import { DocumentsFields } from "./documents-fields";
import { EstimatePanel } from "./estimate-panel";
import { EstimateSticky } from "./estimate-sticky";
import { FormPanel } from "./form-panel";
import { RadioGroupField } from "./radio-group-field";
import { TextAreaField } from "@/components/forms";
import { useFieldError } from "@/components/forms/use-field-error";
import { useLiveEstimate } from "./use-live-estimate";
import { newUuid } from "./uuid";
import { copenhagenDay } from "@/lib/i18n/format";

export interface ClaimFormSubject {
  personId: string;
  name: string;
  relation: "self" | "child" | "consent" | "power_of_attorney";
}

export interface ClaimFormProps {
  subjects: ClaimFormSubject[];
  /** Facts per person the member may claim for (loaded by the page, plain JSON). */
  factsByPerson: Record<string, ClaimFacts>;
  /** Values to start from (a resumed draft) — otherwise an empty claim for the member. */
  initialValues?: ClaimDraftValues;
  /** The draft being resumed, with its uploads. */
  draft?: { id: string; number: string; documents: UploadedDocument[] };
}

const AUTOSAVE_MS = 20_000;

export function emptyLine(currency: string): ClaimDraftValues["lines"][number] {
  return { treatmentDate: "", category: "", setting: "out_patient", providerId: "", providerName: "", country: "DK", amount: "", currency };
}

/** A first guess at a document's kind from its file name; the member confirms or changes it. */
function guessKind(name: string): DocumentKind {
  const n = name.toLowerCase();
  if (/henvis|referral/.test(n)) return "REFERRAL";
  if (/recept|prescription/.test(n)) return "PRESCRIPTION";
  if (/kvit|receipt/.test(n)) return "RECEIPT";
  return "INVOICE";
}

/**
 * The claim form (issue 4): who was treated, the treatment lines, diagnosis, emergency, a PA/GOP
 * reference, the CLM-6 declaration and the documents, with the live estimate beside it. Drafts
 * are saved on request and every 20 s while changed; a failed submit keeps everything typed and
 * uploaded (and saves the draft). The idempotency key is made once per form instance, so a
 * double submit gives one claim.
 */
const noSubscription = () => () => {};

export function ClaimForm({ subjects, factsByPerson, initialValues, draft }: ClaimFormProps) {
  const t = useTranslations("claimForm");
  const te = useTranslatedError();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const today = useMemo(() => copenhagenDay(), []);
  const self = subjects[0];

  const defaults = useMemo<ClaimDraftValues>(() => {
    const personId = initialValues?.personId ?? self?.personId ?? "";
    const currency = factsByPerson[personId]?.plan.currency ?? "DKK";
    if (initialValues) return initialValues.lines.length > 0 ? initialValues : { ...initialValues, lines: [emptyLine(currency)] };
    return (
      {
        draftId: undefined,
        idempotencyKey: newUuid(),
        locale,
        personId,
        lines: [emptyLine(currency)],
        diagnosis: "",
        emergency: false,
        authorisationReference: "",
        otherInsurance: { declared: false, insurerName: "", sygeforsikringDanmark: false },
        documents: [],
      }
    );
    // Default values are fixed for the life of the form instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const resolver = useCallback<Resolver<ClaimDraftValues, unknown, ClaimFormValues>>(
    (values, context, options) => {
      const facts = factsByPerson[values.personId];
      const schema = makeClaimFormSchema({ plan: facts?.plan, amountLocale: values.locale });
      return (zodResolver(schema as never) as unknown as Resolver<ClaimDraftValues, unknown, ClaimFormValues>)(values, context, options);
    },
    [factsByPerson],
  );

  // Validate on every change and blur; useFieldError shows an error only once its field was touched (or on submit).
  const form = useForm<ClaimDraftValues, unknown, ClaimFormValues>({ resolver, defaultValues: defaults, mode: "all" });
  // Marks when the form reacts to input (searches, estimate); browser tests wait for it.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const { register, control, formState, getValues, setValue, setError, handleSubmit } = form;
  const lines = useFieldArray({ control, name: "lines" });
  const documents = useFieldArray({ control, name: "documents", keyName: "fieldKey" });
  const personId = useWatch({ control, name: "personId" });
  const declared = useWatch({ control, name: "otherInsurance.declared" });
  const facts = factsByPerson[personId];
  const estimate = useLiveEstimate(control, factsByPerson);

  const [draftId, setDraftId] = useState<string | undefined>(draft?.id ?? initialValues?.draftId ?? undefined);
  const [draftNumber, setDraftNumber] = useState<string | undefined>(draft?.number);
  const [uploads, setUploads] = useState<UploadedDocument[]>(draft?.documents ?? []);
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const [saveState, setSaveState] = useState<"idle" | "saving" | "failed">("idle");
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | undefined>();
  const [documentsError, setDocumentsError] = useState<string | undefined>();

  // Refs, so the autosave timer and double clicks see the latest state without re-renders.
  const submittingRef = useRef(false);
  const savingRef = useRef<Promise<void> | null>(null);
  const draftIdRef = useRef(draftId);
  const lastSaved = useRef(JSON.stringify(defaults));

  const payload = useCallback(() => ({ ...getValues(), draftId: draftIdRef.current ?? "" }), [getValues]);

  const applyServerErrors = useCallback(
    (result: Extract<ActionResult<unknown>, { status: "error" }>) => {
      let first = true;
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        const message = messages[0];
        if (!message) continue;
        if (field === "documents") setDocumentsError(message);
        else {
          setError(field as Path<ClaimDraftValues>, { type: "server", message }, { shouldFocus: first });
          first = false;
        }
      }
      setFormError(result.formError ?? (Object.keys(result.fieldErrors).length ? "claimForm.errors.fixFields" : "claimForm.errors.submitFailed"));
    },
    [setError],
  );

  const saveDraft = useCallback(
    async (why: "manual" | "auto" | "rescue"): Promise<void> => {
      if (savingRef.current) return savingRef.current;
      const values = payload();
      const snapshot = JSON.stringify(getValues());
      const run = (async () => {
        setSaveState("saving");
        try {
          const result = await saveClaimDraftAction(IDLE, values);
          if (result.status === "success") {
            if (result.data.alreadySubmitted) {
              // Submitted from another tab meanwhile: that claim is where the member belongs.
              router.replace(`/member/claims/${result.data.draftId}`);
              return;
            }
            draftIdRef.current = result.data.draftId;
            setDraftId(result.data.draftId);
            setDraftNumber(result.data.number);
            setSavedAt(result.data.savedAt);
            lastSaved.current = snapshot;
            setSaveState("idle");
            // A reload (or a crash) now comes back to the draft instead of an empty form.
            if (!window.location.pathname.endsWith("/edit")) window.history.replaceState(null, "", `/member/claims/${result.data.draftId}/edit`);
          } else {
            setSaveState("failed");
            if (why === "manual" && result.status === "error") applyServerErrors(result);
          }
        } catch {
          setSaveState("failed");
        }
      })();
      savingRef.current = run;
      try {
        await run;
      } finally {
        savingRef.current = null;
      }
    },
    [payload, getValues, router, applyServerErrors],
  );

  // Autosave every 20 s while something changed since the last save.
  useEffect(() => {
    const timer = setInterval(() => {
      if (submittingRef.current || savingRef.current) return;
      if (JSON.stringify(getValues()) !== lastSaved.current) void saveDraft("auto");
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
      if (savingRef.current) await savingRef.current;
      const result = await submitClaimAction(IDLE, payload());
      if (result.status === "success") {
        router.push(`/member/claims/${result.data.claimId}?submitted=1`);
        return; // stay "pending" until the claim page replaces this one
      }
      if (result.status === "error") applyServerErrors(result);
    } catch {
      setFormError("claimForm.errors.submitFailed");
    }
    submittingRef.current = false;
    setSubmitting(false);
    // Nothing typed or uploaded is lost: keep it as a draft too.
    void saveDraft("rescue");
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    void handleSubmit(submitValid, () => setFormError("claimForm.errors.fixFields"))(event);
  }

  function onUploaded(doc: UploadedDocument) {
    setUploads((current) => [...current.filter((d) => d.id !== doc.id), doc]);
    setDocumentsError(undefined);
    const lineCount = getValues("lines").length;
    documents.append({ documentId: doc.id, kind: guessKind(doc.originalName), lineIndexes: lineCount === 1 ? [0] : [] }, { shouldFocus: false });
  }

  function onRemoveUpload(id: string) {
    setUploads((current) => current.filter((d) => d.id !== id));
    const index = getValues("documents").findIndex((d) => d.documentId === id);
    if (index >= 0) documents.remove(index);
  }

  function removeLine(index: number) {
    lines.remove(index);
    const onlyOneLeft = getValues("lines").length === 1;
    // Documents keep pointing at the same lines after the numbering shifts; with one line left, they prove that one.
    const shifted = getValues("documents").map((d) => {
      const lineIndexes = d.lineIndexes.filter((i) => i !== index).map((i) => (i > index ? i - 1 : i));
      return { ...d, lineIndexes: onlyOneLeft && lineIndexes.length === 0 ? [0] : lineIndexes };
    });
    documents.replace(shifted);
  }

  function onPersonChange(next: string) {
    const currency = factsByPerson[next]?.plan.currency;
    if (!currency) return;
    getValues("lines").forEach((line, index) => {
      if (!line.currency) setValue(`lines.${index}.currency`, currency);
    });
  }

  const errors = formState.errors;
  const fieldError = useFieldError(form as never);
  const references = facts?.authorisationReferences ?? [];

  return (
    <FormProvider {...form}>
      {/* One grid: the fields, then (phone) the estimate, then the buttons; on a wide screen the estimate sits beside them. */}
      <form
        noValidate
        onSubmit={onSubmit}
        className="grid grid-cols-1 gap-6 pb-24 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:pb-0"
        aria-describedby="claim-form-intro"
        data-hydrated={hydrated ? "true" : undefined}
      >
        <div className="flex flex-col gap-6 lg:col-start-1">
          <p id="claim-form-intro" className="text-muted">
            {t("intro")}
          </p>
          <FormError message={te(formError)} />

          <FormPanel id="person" title={t("person.title")}>
            <RadioGroupField
              legend={t("person.legend")}
              hint={t("person.hint")}
              options={subjects.map((s) => ({ value: s.personId, label: s.relation === "self" ? t("person.self", { name: s.name }) : s.name }))}
              required
              error={fieldError("personId")}
              {...register("personId", { onChange: (event) => onPersonChange(String(event.target.value)) })}
            />
          </FormPanel>

          <section aria-labelledby="lines-heading" className="flex flex-col gap-4">
            <h2 id="lines-heading" className="text-lg font-semibold text-ink">
              {t("lines.title")}
            </h2>
            <p className="text-muted">{t("lines.intro")}</p>
            {formState.isSubmitted && (errors.lines?.message || errors.lines?.root?.message) ? (
              <p id="lines-error" className="font-medium text-danger">
                {te(errors.lines?.message ?? errors.lines?.root?.message)}
              </p>
            ) : null}
            {lines.fields.map((field, index) => (
              <ClaimLineFields key={field.id} index={index} plan={facts?.plan} today={today} canRemove={lines.fields.length > 1} onRemove={() => removeLine(index)} />
            ))}
            {lines.fields.length < MAX_LINES ? (
              <div>
                <button
                  type="button"
                  onClick={() => lines.append(emptyLine(facts?.plan.currency ?? "DKK"))}
                  className="min-h-11 rounded-md border-2 border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
                >
                  {t("lines.add")}
                </button>
              </div>
            ) : null}
          </section>

          <FormPanel id="details" title={t("details.title")}>
            <TextAreaField label={t("details.diagnosis")} hint={t("details.diagnosisHint")} required maxLength={500} error={fieldError("diagnosis")} {...register("diagnosis")} />
            <CheckboxField label={t("details.emergency")} hint={t("details.emergencyHint")} {...register("emergency")} />
            <TextField
              label={t("details.authorisationReference")}
              hint={references.length ? t("details.authorisationKnown", { references: references.map((r) => r.reference).join(", ") }) : t("details.authorisationHint")}
              autoComplete="off"
              maxLength={40}
              error={fieldError("authorisationReference")}
              {...register("authorisationReference")}
            />
          </FormPanel>

          <FormPanel id="other-insurance" title={t("otherInsurance.title")} intro={t("otherInsurance.intro")}>
            <CheckboxField label={t("otherInsurance.danmark")} {...register("otherInsurance.sygeforsikringDanmark")} />
            <CheckboxField label={t("otherInsurance.declared")} {...register("otherInsurance.declared")} />
            {declared ? (
              <TextField label={t("otherInsurance.insurerName")} required maxLength={200} error={fieldError("otherInsurance.insurerName")} {...register("otherInsurance.insurerName")} />
            ) : null}
          </FormPanel>

          <DocumentsFields uploads={uploads} onUploaded={onUploaded} onRemove={onRemoveUpload} disabled={submitting} serverError={te(documentsError, { maxFileMb: MAX_FILE_BYTES / 1024 / 1024, maxClaimMb: MAX_CLAIM_BYTES / 1024 / 1024 })} />

        </div>

        <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
          <div className="lg:sticky lg:top-4" id="claim-estimate">
            <EstimatePanel estimate={estimate} />
          </div>
        </div>

          <div className="flex flex-col gap-3 lg:col-start-1">
            <FormSuccess
              message={
                saveState === "saving"
                  ? t("draft.saving")
                  : saveState === "failed"
                    ? undefined
                    : savedAt
                      ? t("draft.saved", { number: draftNumber ?? "", time: formatDateTime(savedAt, locale) })
                      : undefined
              }
            />
            {saveState === "failed" ? (
              <p role="alert" className="font-medium text-danger">
                {t("draft.failed")}
              </p>
            ) : null}
            <div className="flex flex-col gap-3 sm:flex-row">
              <SubmitButton pending={submitting} pendingLabel={t("submitting")}>
                {t("submit")}
              </SubmitButton>
              <button
                type="button"
                onClick={() => void saveDraft("manual")}
                disabled={submitting}
                className="inline-flex min-h-11 items-center justify-center rounded-md border-2 border-brand-700 bg-white px-5 py-2 font-semibold text-brand-700 hover:bg-brand-50"
              >
                {t("draft.save")}
              </button>
            </div>
            <p className="text-sm text-muted">{t("draft.autosaveNote")}</p>
          </div>
      </form>
      <EstimateSticky estimate={estimate} panelId="claim-estimate" />
    </FormProvider>
  );
}
