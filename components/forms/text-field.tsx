"use client";

import { forwardRef, type InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { cx } from "../cx";

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
 * The input's id is `id ?? name`; the error lives in `#${name}-error`, the hint in `#${name}-hint`.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { name, label, type = "text", hint, error, required, nativeRequired, id, className, "aria-describedby": describedBy, ...rest },
  ref,
) {
  const t = useTranslations("common.forms");
  const inputId = id ?? name;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedByIds = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cx("flex flex-col gap-1", className)}>
      <label htmlFor={inputId} className="font-medium text-ink">
        {label}
        {required ? (
          <>
            {" "}
            <span className="font-normal text-muted">({t("required")})</span>
          </>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          <span className="font-semibold">{t("errorPrefix")}</span> {error}
        </p>
      ) : null}
      <input
        ref={ref}
        id={inputId}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        required={nativeRequired}
        aria-describedby={describedByIds || undefined}
        className={cx(
          "block w-full min-w-0 rounded-md border bg-white px-3 py-2 text-base text-ink",
          "placeholder:text-muted",
          error ? "border-danger border-2" : "border-field",
        )}
        {...rest}
      />
    </div>
  );
});
