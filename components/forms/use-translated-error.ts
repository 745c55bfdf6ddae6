"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";

type Values = Record<string, string | number | Date>;

/**
 * Returns a function that turns a message key (e.g. a zod issue message such as
 * "auth.errors.emailInvalid" or "common.errors.required") into translated text.
 * Unknown keys fall back to "common.errors.generic"; empty input gives undefined.
 */
export function useTranslatedError(): (key: string | null | undefined, values?: Values) => string | undefined {
  const t = useTranslations();
  return useCallback(
    (key, values) => {
      if (!key) return undefined;
      // Root-namespace translator; keys come from runtime data so they are plain strings.
      const tt = t as unknown as {
        (k: string, v?: Values): string;
        has: (k: string) => boolean;
      };
      return tt.has(key) ? tt(key, values) : tt("common.errors.generic");
    },
    [t],
  );
}
