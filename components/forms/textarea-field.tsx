"use client";

import { forwardRef, type TextareaHTMLAttributes } from "react";
import { cx } from "../cx";
import { FieldShell, fieldAria } from "./field-frame";

export type TextAreaFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "required">;

/** Labelled <textarea>, the TextField pattern (`#<name>-error`, aria-describedby). */
export const TextAreaField = forwardRef<HTMLTextAreaElement, TextAreaFieldProps>(function TextAreaField(
  { name, label, hint, error, required, id, className, "aria-describedby": extra, rows = 3, ...rest },
  ref,
) {
  const inputId = id ?? name;
  return (
    <FieldShell inputId={inputId} label={label} required={required} hint={hint} error={error} className={className}>
      <textarea
        ref={ref}
        id={inputId}
        name={name}
        rows={rows}
        {...fieldAria(inputId, { hint, error, required, extraDescribedBy: extra })}
        className={cx("block w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-ink", error ? "border-2 border-danger" : "border-field")}
        {...rest}
      />
    </FieldShell>
  );
});
