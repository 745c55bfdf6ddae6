"use client";

import { useSyncExternalStore } from "react";
import { useFormContext, type UseFormReturn } from "react-hook-form";
import { useTranslatedError } from "./use-translated-error";

/**
 * When a field's error shows on a form (the claim form, issue 14 point 3): once the field has been
 * touched (left) or the form submitted — never for a line just added — and from then on it
 * follows the value (the form validates on every change), so it clears as soon as the value is valid.
 *
 * While a pointer is pressed the shown errors stay as they are (issue 14 point 4): leaving a field
 * validates it, and an error appearing or vanishing between mousedown and mouseup moved the
 * checkbox (or button) being clicked, so the browser dropped the click. They update on release.
 */

let pressed = false;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const onDown = () => {
  pressed = true;
  emit();
};
// After the click event that follows pointerup, so the click lands where it was aimed.
const onUp = () => setTimeout(() => {
  pressed = false;
  emit();
}, 0);
const EVENTS = [["pointerdown", onDown], ["pointerup", onUp], ["pointercancel", onUp]] as const;

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) for (const [event, handler] of EVENTS) document.addEventListener(event, handler, true);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) for (const [event, handler] of EVENTS) document.removeEventListener(event, handler, true);
  };
}

/** The errors last shown per field, kept while a pointer is pressed (one such form per page). */
const shown = new Map<string, string | undefined>();

/** Inside the form's FormProvider, or (the form itself, which creates the provider) given the form. */
export function useFieldError(form?: Pick<UseFormReturn<never, unknown, unknown>, "formState" | "getFieldState">): (name: string, values?: Parameters<ReturnType<typeof useTranslatedError>>[1]) => string | undefined {
  const context = useFormContext();
  const { formState, getFieldState } = (form ?? context) as Pick<UseFormReturn, "formState" | "getFieldState">;
  const te = useTranslatedError();
  const held = useSyncExternalStore(subscribe, () => pressed, () => false);
  const submitted = formState.isSubmitted;
  return (name, values) => {
    const state = getFieldState(name, formState);
    const due = state.isTouched || submitted || state.error?.type === "server";
    const key = due ? state.error?.message : undefined;
    if (held && shown.has(name)) return te(shown.get(name), values);
    shown.set(name, key);
    return te(key, values);
  };
}
