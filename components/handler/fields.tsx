"use client";

import { forwardRef, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { cx } from "../cx";

/** Same conventions as components/forms/TextField: error in `#${id ?? name}-error`, hint in `#${id ?? name}-hint`. */
function Describe({ name, hint, error }: { name: string; hint?: string; error?: string }) {
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

function describedBy(name: string, hint?: string, error?: string) {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const t = useTranslations("common.forms");
  return (
    <label htmlFor={htmlFor} className="font-medium text-ink">
      {label}
      {required ? <span className="font-normal text-muted"> ({t("required")})</span> : null}
    </label>
  );
}

type SelectProps = { name: string; label: string; hint?: string; error?: string; required?: boolean; options: { value: string; label: string }[] } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "name" | "required"
>;

export const SelectField = forwardRef<HTMLSelectElement, SelectProps>(function SelectField({ name, id, label, hint, error, required, options, className, ...rest }, ref) {
  const inputId = id ?? name;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <Label htmlFor={inputId} label={label} required={required} />
      <Describe name={inputId} hint={hint} error={error} />
      <select
        ref={ref}
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={cx("block w-full rounded-md border bg-white px-3 py-2 text-base text-ink", error ? "border-2 border-danger" : "border-field")}
        {...rest}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
});

type TextAreaProps = { name: string; label: string; hint?: string; error?: string; required?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "required">;

export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaProps>(function TextAreaField({ name, id, label, hint, error, required, className, ...rest }, ref) {
  const inputId = id ?? name;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <Label htmlFor={inputId} label={label} required={required} />
      <Describe name={inputId} hint={hint} error={error} />
      <textarea
        ref={ref}
        id={inputId}
        name={name}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className={cx("block w-full rounded-md border bg-white px-3 py-2 text-base text-ink", error ? "border-2 border-danger" : "border-field")}
        {...rest}
      />
    </div>
  );
});
