import type { ReactNode } from "react";

/** The page's single <h1>, with an optional lead paragraph. */
export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{children}</h1>
      {lead ? <p className="mt-2 max-w-prose text-muted">{lead}</p> : null}
    </div>
  );
}
