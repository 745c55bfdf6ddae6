"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "../cx";

export type NavItem = { href: string; label: string; /** Match only the exact path (area home). */ exact?: boolean };

function isCurrent(pathname: string, item: NavItem): boolean {
  if (item.exact) return pathname === item.href;
  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}

/** Area navigation list; the current page's link gets aria-current="page". */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "";
  return (
    <ul className="flex flex-col gap-1 md:flex-row md:flex-wrap md:gap-2">
      {items.map((item) => {
        const current = isCurrent(pathname, item);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={cx(
                "block rounded-md px-3 py-2 font-medium no-underline hover:underline",
                current ? "bg-brand-50 text-brand-900 underline decoration-2 underline-offset-4" : "text-brand-700",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
