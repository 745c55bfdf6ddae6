import type { ReactNode } from "react";
import { cx } from "../cx";

export type FormErrorProps = {
  /** Form-level message (already translated). Nothing visible is rendered when empty. */
  message?: string | null;
  /** Optional per-field summary; each links to the field (`#${id}`). Messages already translated. */
  fieldErrors?: ReadonlyArray<{ id: string; message: string }>;
  /** Extra content inside the summary. */
  children?: ReactNode;
  id?: string;
  className?: string;
};

/**
 * Form-level error summary with role="alert". The live region is always in the DOM (empty when
 * there is no error) so screen readers announce the message when it appears.
 */
export function FormError({ message, fieldErrors, children, id, className }: FormErrorProps) {
  const hasContent = Boolean(message) || Boolean(fieldErrors?.length) || Boolean(children);
  return (
    <div
      id={id}
      role="alert"
      className={cx(
        hasContent && "rounded-md border-2 border-danger bg-danger-bg p-4 text-ink",
        className,
      )}
    >
      {hasContent ? (
        <>
          {message ? <p className="font-semibold text-danger">{message}</p> : null}
          {fieldErrors?.length ? (
            <ul className="mt-2 list-disc ps-5">
              {fieldErrors.map((e) => (
                <li key={e.id}>
                  <a href={`#${e.id}`} className="text-danger underline">
                    {e.message}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {children}
        </>
      ) : null}
    </div>
  );
}
