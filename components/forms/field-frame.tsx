"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** Ids of a field's hint and error, the same pattern as the shared TextField. */
export function describedBy(name: string, hint?: string, error?: string, extra?: string): string | undefined {
  return [extra, hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Hint (`#<name>-hint`) and error (`#<name>-error`) under a label, like TextField. */
export function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const t = useTranslations("common.forms");
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-danger">
          <span className="font-semibold">{t("errorPrefix")}</span> {error}
        </p>
      ) : null}
    </>
  );
}

export function RequiredMark({ required }: { required?: boolean }): ReactNode {
  const t = useTranslations("common.forms");
  if (!required) return null;
  return (
    <>
      {" "}
      <span className="font-normal text-muted">({t("required")})</span>
    </>
  );
}

/** Label, required mark, hint and error around one control: the frame every field shares. */
export function FieldShell({
  inputId,
  label,
  required,
  hint,
  error,
  className,
  children,
}: {
  inputId: string;
  label: string;
  required?: boolean;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={["flex flex-col gap-1", className].filter(Boolean).join(" ")}>
      <label htmlFor={inputId} className="font-medium text-ink">
        {label}
        <RequiredMark required={required} />
      </label>
      <HintAndError name={inputId} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The accessibility attributes of a control inside FieldShell. */
export function fieldAria(inputId: string, field: { hint?: string; error?: string; required?: boolean; extraDescribedBy?: string }) {
  return {
    "aria-invalid": field.error ? true : undefined,
    "aria-required": field.required ? true : undefined,
    "aria-describedby": describedBy(inputId, field.hint, field.error, field.extraDescribedBy),
  } as const;
}
