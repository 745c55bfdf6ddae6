import type { ReactNode } from "react";
import { cx } from "../cx";

export type FormSuccessProps = {
  /** Success message (already translated). Nothing visible is rendered when empty. */
  message?: string | null;
  children?: ReactNode;
  id?: string;
  className?: string;
};

/** Polite success message (role="status"); the live region stays in the DOM when empty. */
export function FormSuccess({ message, children, id, className }: FormSuccessProps) {
  const hasContent = Boolean(message) || Boolean(children);
  return (
    <div
      id={id}
      role="status"
      className={cx(hasContent && "rounded-md border-2 border-success bg-success-bg p-4 text-ink", className)}
    >
      {hasContent ? (
        <>
          {message ? <p className="font-semibold text-success">{message}</p> : null}
          {children}
        </>
      ) : null}
    </div>
  );
}
