import type { ReactNode } from "react";
import { cx } from "../cx";

export type DetailItem = { label: string; value: ReactNode; /** Render the value muted (e.g. "no policy"). */ muted?: boolean };

/** Label/value pairs as a description list, stacked on phones, two columns from `sm`. */
export function DetailList({ items, className }: { items: DetailItem[]; className?: string }) {
  return (
    <dl className={cx("grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]", className)}>
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="font-semibold text-ink">{item.label}</dt>
          <dd className={cx("-mt-2 sm:mt-0", item.muted ? "text-muted italic" : "text-ink")}>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
