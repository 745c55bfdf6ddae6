"use client";

import { useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/server/action-result";

/**
 * Preview, then confirm the same values: the form's first submit previews; once the preview is
 * shown, the next submit confirms — unless a field changed since, which asks for a new preview.
 */
export function usePreviewStep<T>(state: ActionResult<T>, values: unknown): { intent: "preview" | "confirm"; preview: T | null; remember: () => void } {
  const key = JSON.stringify(values);
  const submitted = useRef<string | null>(null);
  const [previewed, setPreviewed] = useState<string | null>(null);
  useEffect(() => {
    // Sync with the action's answer: remember which values the shown preview is for.
    setPreviewed(state.status === "success" ? submitted.current : null);
  }, [state]);
  const current = state.status === "success" && previewed === key;
  return { intent: current ? "confirm" : "preview", preview: current && state.status === "success" ? state.data : null, remember: () => (submitted.current = key) };
}
