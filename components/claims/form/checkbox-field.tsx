"use client";

import { forwardRef, type InputHTMLAttributes } from "react";
import { cx } from "@/components/cx";
import { describedBy, HintAndError } from "@/components/forms/field-frame";

export type CheckboxFieldProps = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">;

/** A labelled checkbox; hint and error follow the TextField pattern. */
export const CheckboxField = forwardRef<HTMLInputElement, CheckboxFieldProps>(function CheckboxField(
  { name, label, hint, error, id, className, "aria-describedby": extra, ...rest },
  ref,
) {
  const inputId = id ?? name;
  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <div className="flex min-h-11 items-start gap-2">
        <input
          ref={ref}
          type="checkbox"
          id={inputId}
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error, extra)}
          className="mt-1 size-5 shrink-0 accent-brand-700"
          {...rest}
        />
        <label htmlFor={inputId} className="text-ink">
          {label}
        </label>
      </div>
      <div className="ps-7">
        <HintAndError name={name} hint={hint} error={error} />
      </div>
    </div>
  );
});
