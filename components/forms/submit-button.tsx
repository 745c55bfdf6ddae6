"use client";

import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { cx } from "../cx";

export type SubmitButtonProps = {
  children: ReactNode;
  /**
   * Pending state (e.g. react-hook-form's `formState.isSubmitting` or useActionState's pending).
   * When omitted, the pending state of an enclosing `<form action={…}>` is used (useFormStatus).
   */
  pending?: boolean;
  /** Label while pending (already translated); defaults to the normal label. */
  pendingLabel?: ReactNode;
  variant?: "primary" | "secondary";
} & Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "children">;

/**
 * Submit button. While pending it stays focusable but is aria-disabled and swallows clicks
 * (including Enter-key implicit submission), so a form cannot be submitted twice.
 */
export function SubmitButton({
  children,
  pending: pendingProp,
  pendingLabel,
  variant = "primary",
  className,
  onClick,
  ...rest
}: SubmitButtonProps) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (pending) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      type="submit"
      aria-disabled={pending ? true : undefined}
      data-pending={pending ? "" : undefined}
      onClick={handleClick}
      className={cx(
        "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 font-semibold",
        variant === "primary"
          ? "bg-brand-700 text-white hover:bg-brand-800"
          : "border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50",
        pending && "cursor-progress opacity-90",
        className,
      )}
      {...rest}
    >
      {pending ? (
        <span aria-hidden="true" className="inline-block size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
      ) : null}
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
