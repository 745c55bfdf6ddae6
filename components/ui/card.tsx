import type { ReactNode } from "react";
import { cx } from "../cx";

/** A white panel with an optional heading (h2 by default) labelling it. */
export function Card({
  title,
  headingLevel = 2,
  children,
  className,
}: {
  title?: string;
  headingLevel?: 2 | 3;
  children: ReactNode;
  className?: string;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={cx("rounded-lg border border-brand-100 bg-white p-5 shadow-sm sm:p-6", className)}>
      {title ? <Heading className="mb-4 text-lg font-semibold text-ink">{title}</Heading> : null}
      {children}
    </section>
  );
}
