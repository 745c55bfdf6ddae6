"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** While an export is being prepared, re-renders the page every few seconds (no full reload, focus stays). */
export function RefreshWhilePending({ everyMs = 3000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
