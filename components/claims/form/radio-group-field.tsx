"use client";

import { forwardRef, type InputHTMLAttributes } from "react";
import { cx } from "@/components/cx";
import { describedBy, HintAndError, RequiredMark } from "@/components/forms/field-frame";

export type RadioGroupFieldProps = {
  name: string;
  legend: string;
  options: readonly { value: string; label: string; description?: string }[];
  hint?: string;
  error?: string;
  required?: boolean;
  /** Lay the options out in a row from `sm` up. */
  inline?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "required">;

/**
 * A radio group as <fieldset>/<legend>; hint and error under the legend (`#<name>-hint`,
 * `#<name>-error`) and referenced by every radio. The ref/onChange/onBlur come from
 * react-hook-form's `register(name)` and are spread on each radio.
 */
export const RadioGroupField = forwardRef<HTMLInputElement, RadioGroupFieldProps>(function RadioGroupField(
  { name, legend, options, hint, error, required, inline, className, id, ...rest },
  ref,
) {
  const base = id ?? name;
  return (
    <fieldset className={cx("flex flex-col gap-2", className)}>
      <legend className="mb-1 font-medium text-ink">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <HintAndError name={name} hint={hint} error={error} />
      <div className={cx("flex flex-col gap-2", inline && "sm:flex-row sm:flex-wrap sm:gap-x-6")}>
        {options.map((option, index) => {
          const optionId = `${base}-${index}`;
          return (
            <div key={option.value} className="flex min-h-11 items-start gap-2">
              <input
                ref={ref}
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                aria-describedby={describedBy(name, hint, error, option.description ? `${optionId}-description` : undefined)}
                className="mt-1 size-5 shrink-0 accent-brand-700"
                {...rest}
              />
              <label htmlFor={optionId} className="text-ink">
                {option.label}
                {option.description ? (
                  <span id={`${optionId}-description`} className="block text-sm text-muted">
                    {option.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
});
