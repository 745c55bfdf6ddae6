import { cx } from "../cx";

/**
 * A loading state in the page's shape (heading, optionally a form block, then cards or rows), so
 * nothing jumps when the page arrives. `aria-busy` tells assistive technology it is loading.
 */
export function PageSkeleton({ items = 6, layout = "cards", itemHeight = "h-24", form = false, heading = true }: { items?: number; layout?: "cards" | "rows"; itemHeight?: string; form?: boolean; /** False where the real heading is already shown (a layout renders it). */ heading?: boolean }) {
  return (
    <div aria-busy="true" className="animate-pulse">
      {heading ? <div className="mb-6 h-9 w-56 rounded bg-brand-100" /> : null}
      {form ? <div className="mb-6 h-24 rounded bg-brand-50" /> : null}
      <div className={layout === "cards" ? "grid grid-cols-1 gap-3 md:grid-cols-2" : "flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-4"}>
        {Array.from({ length: items }, (_, index) => (
          <div key={index} className={cx(itemHeight, "rounded-lg bg-brand-50")} />
        ))}
      </div>
    </div>
  );
}
