"use client";

import { forwardRef, type SelectHTMLAttributes } from "react";
import { cx } from "../cx";
import { FieldShell, fieldAria } from "./field-frame";

export type SelectFieldProps = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** First, empty option ("Choose …"), already translated. */
  placeholder?: string;
  hint?: string;
  error?: string;
  required?: boolean;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "required">;

/**
 * Labelled <select> with hint and error, the TextField pattern: id = `id ?? name`, error in
 * `#<name>-error`, both referenced by aria-describedby. Works with react-hook-form's `register`.
 */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { name, label, options, placeholder, hint, error, required, id, className, "aria-describedby": extra, ...rest },
  ref,
) {
  const inputId = id ?? name;
  return (
    <FieldShell inputId={inputId} label={label} required={required} hint={hint} error={error} className={className}>
      <select
        ref={ref}
        id={inputId}
        name={name}
        {...fieldAria(inputId, { hint, error, required, extraDescribedBy: extra })}
        className={cx("block min-h-11 w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-ink", error ? "border-2 border-danger" : "border-field")}
        {...rest}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
});
