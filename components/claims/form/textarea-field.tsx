"use client";

import { forwardRef, type TextareaHTMLAttributes } from "react";
import { cx } from "@/components/cx";
import { describedBy, HintAndError, RequiredMark } from "./field-frame";

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
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={inputId} className="font-medium text-ink">
        {label}
        <RequiredMark required={required} />
      </label>
      <HintAndError name={name} hint={hint} error={error} />
      <textarea
        ref={ref}
        id={inputId}
        name={name}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy(name, hint, error, extra)}
        className={cx("block w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-ink", error ? "border-2 border-danger" : "border-field")}
        {...rest}
      />
    </div>
  );
});
