import type { ReactNode } from "react";
import { cx } from "../cx";

/** The page's single <main> landmark; the root layout's skip link targets #main. */
export function MainContent({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <main id="main" tabIndex={-1} className={cx("mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none", className)}>
      {children}
    </main>
  );
}
