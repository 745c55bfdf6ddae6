"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/** Ids of a field's hint and error, the same pattern as the shared TextField. */
export function describedBy(name: string, hint?: string, error?: string, extra?: string): string | undefined {
  return [extra, hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Hint (`#<name>-hint`) and error (`#<name>-error`) under a label, like TextField. */
export function HintAndError({ name, hint, error }: { name: string; hint?: string; error?: string }) {
  const t = useTranslations("common.forms");
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${name}-error`} className="text-sm font-medium text-danger">
          <span className="font-semibold">{t("errorPrefix")}</span> {error}
        </p>
      ) : null}
    </>
  );
}

export function RequiredMark({ required }: { required?: boolean }): ReactNode {
  const t = useTranslations("common.forms");
  if (!required) return null;
  return (
    <>
      {" "}
      <span className="font-normal text-muted">({t("required")})</span>
    </>
  );
}
