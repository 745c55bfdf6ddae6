import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "../cx";

/** A link styled as a button (it navigates, it submits nothing). */
export function ButtonLink({ href, children, variant = "primary" }: { href: string; children: ReactNode; variant?: "primary" | "secondary" }) {
  return (
    <Link
      href={href}
      className={cx(
        "inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2 font-semibold no-underline",
        variant === "primary" ? "bg-brand-700 text-white hover:bg-brand-800 hover:text-white" : "border-2 border-brand-700 bg-white text-brand-800",
      )}
    >
      {children}
    </Link>
  );
}
