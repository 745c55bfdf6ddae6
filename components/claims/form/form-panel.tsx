import type { ReactNode } from "react";

/** One titled part of the claim form: a panel labelled by its h2 (and an optional intro line). */
export function FormPanel({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 rounded-lg border border-brand-100 bg-white p-4 sm:p-5">
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-ink">
        {title}
      </h2>
      {intro ? <p className="text-muted">{intro}</p> : null}
      {children}
    </section>
  );
}
