"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

/**
 * react-hook-form writes a field's default into the input when it registers, which would wipe
 * text typed before the page hydrated; with no default it adopts what the input already holds.
 */
function withoutEmptyStrings<V>(values: V | undefined): V | undefined {
  if (!values || typeof values !== "object") return values;
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")) as V;
}

type ServerAction<T> = (previous: ActionResult<T>, payload: FormData) => Promise<ActionResult<T>>;

/**
 * One zod schema validates in the browser (react-hook-form) and again in the server action.
 * The form still posts natively without JavaScript (progressive enhancement); with JavaScript the
 * browser check runs first and the same FormData goes to the action. Server field errors land on
 * the same fields, and typed values stay because inputs are never reset on failure.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, T = undefined>(
  schema: Schema,
  action: ServerAction<T>,
  defaultValues?: DefaultValues<z.input<Schema>>,
): {
  form: UseFormReturn<z.input<Schema>, unknown, z.output<Schema>>;
  state: ActionResult<T>;
  formAction: (payload: FormData) => void;
  pending: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
} {
  const [state, formAction, pending] = useActionState(action, IDLE as ActionResult<T>);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema as never) as never,
    defaultValues: withoutEmptyStrings(defaultValues),
    mode: "onTouched",
  });

  useEffect(() => {
    if (state.status !== "error") return;
    for (const [field, messages] of Object.entries(state.fieldErrors)) {
      if (messages[0]) form.setError(field as Path<z.input<Schema>>, { type: "server", message: messages[0] }, { shouldFocus: true });
    }
  }, [state, form]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      if (pending) return;
      const payload = new FormData(element);
      startTransition(() => formAction(payload));
    })(event);
  };

  return { form, state, formAction, pending, onSubmit };
}
