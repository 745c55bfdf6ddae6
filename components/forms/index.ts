/**
 * Shared form building blocks. Every form in the portal uses these.
 *
 * @example
 * "use client";
 * import { useForm } from "react-hook-form";
 * import { zodResolver } from "@hookform/resolvers/zod";
 * import { useTranslations } from "next-intl";
 * import { z } from "zod";
 * import { FormError, FormSuccess, SubmitButton, TextField, useTranslatedError } from "@/components/forms";
 *
 * // zod messages are message KEYS, translated at render time
 * const schema = z.object({ email: z.email("auth.errors.emailInvalid") });
 *
 * export function EmailForm() {
 *   const t = useTranslations("auth");
 *   const te = useTranslatedError();
 *   const [formError, setFormError] = useState<string | null>(null);
 *   const { register, handleSubmit, formState: { errors, isSubmitting } } =
 *     useForm({ resolver: zodResolver(schema) });
 *   return (
 *     <form noValidate onSubmit={handleSubmit(async (v) => { … setFormError("auth.errors.x") })}>
 *       <FormError message={te(formError)} />
 *       <TextField label={t("email")} type="email" autoComplete="email" required
 *         error={te(errors.email?.message)} {...register("email")} />
 *       <SubmitButton pending={isSubmitting} pendingLabel={t("signingIn")}>{t("signIn")}</SubmitButton>
 *     </form>
 *   );
 * }
 *
 * - TextField: id = `id ?? name`; error element `#${name}-error`, hint `#${name}-hint`;
 *   `required` sets aria-required + a visible "(required)" marker (no native bubble; use `nativeRequired`).
 * - FormError: role="alert", props { message?, fieldErrors?: {id, message}[], children? }.
 * - FormSuccess: role="status", props { message?, children? }.
 * - SubmitButton: props { pending?, pendingLabel?, variant?: "primary" | "secondary" } — without
 *   `pending` it follows useFormStatus() of an enclosing <form action={serverAction}>.
 * - useTranslatedError(): (key, values?) => string | undefined, falls back to common.errors.generic.
 * - useFieldError(form?): (name, values?) => the field's translated error once touched or submitted,
 *   held while a pointer is pressed so a message appearing on blur never moves the button being clicked.
 */
export { TextField, type TextFieldProps } from "./text-field";
export { FormError, type FormErrorProps } from "./form-error";
export { FormSuccess, type FormSuccessProps } from "./form-success";
export { SubmitButton, type SubmitButtonProps } from "./submit-button";
export { useTranslatedError } from "./use-translated-error";
export { useFieldError } from "./use-field-error";
export { SelectField, type SelectFieldProps } from "./select-field";
export { TextAreaField, type TextAreaFieldProps } from "./textarea-field";
export { describedBy, FieldShell, fieldAria, HintAndError, RequiredMark } from "./field-frame";
