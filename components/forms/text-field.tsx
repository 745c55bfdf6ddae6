"use client";

import { forwardRef, type InputHTMLAttributes } from "react";
import { cx } from "../cx";
import { FieldShell, fieldAria } from "./field-frame";

export type TextFieldProps = {
  name: string;
  label: string;
  type?: string;
  autoComplete?: string;
  /** Help text shown under the label (already translated). */
  hint?: string;
  /** Field error (already translated, e.g. via useTranslatedError()). */
  error?: string;
  /**
   * Marks the field as required for assistive technology (aria-required) and visually.
   * The native `required` attribute is NOT set, so the browser's own (untranslated) bubbles do not
   * pre-empt our translated validation messages. Pass `nativeRequired` if you want it anyway.
   */
  required?: boolean;
  nativeRequired?: boolean;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type" | "required">;

/**
 * Labelled text input with hint and error, compatible with react-hook-form's `register`
 * (`<TextField label="…" error={te(errors.email?.message)} {...register("email")} />`).
 * The input's id is `id ?? name`; the error lives in `#${id ?? name}-error`, the hint in `#${id ?? name}-hint`.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { name, label, type = "text", hint, error, required, nativeRequired, id, className, "aria-describedby": extraDescribedBy, ...rest },
  ref,
) {
  const inputId = id ?? name;

  return (
    <FieldShell inputId={inputId} label={label} required={required} hint={hint} error={error} className={className}>
      <input
        ref={ref}
        id={inputId}
        name={name}
        type={type}
        required={nativeRequired}
        {...fieldAria(inputId, { hint, error, required, extraDescribedBy: extraDescribedBy })}
        className={cx(
          "block w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-ink",
          "placeholder:text-muted",
          error ? "border-danger border-2" : "border-field",
        )}
        {...rest}
      />
    </FieldShell>
  );
});
