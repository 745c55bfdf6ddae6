"use client";

import { startTransition, useActionState, useEffect } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

type ObjectAction<T> = (previous: ActionResult<T>, payload: Record<string, unknown>) => Promise<ActionResult<T>>;

/**
 * Like useActionForm, for forms whose payload is structured (per-line arrays): the browser
 * validates with the action's own zod schema (react-hook-form), then sends the typed values as a
 * plain object; the action parses them again. Server field errors land on the same fields.
 */
export function useObjectAction<V extends FieldValues, T>(form: UseFormReturn<V, unknown, unknown>, action: ObjectAction<T>) {
  const [state, dispatch, pending] = useActionState(action, IDLE as ActionResult<T>);
  useEffect(() => {
    if (state.status !== "error") return;
    for (const [field, messages] of Object.entries(state.fieldErrors)) {
      if (messages[0]) form.setError(field as Path<V>, { type: "server", message: messages[0] }, { shouldFocus: true });
    }
  }, [state, form]);
  const submit = form.handleSubmit(() => {
    if (pending) return;
    const values = form.getValues() as Record<string, unknown>;
    startTransition(() => dispatch(values));
  });
  return { state, pending, submit };
}
