import { z } from "zod";

/**
 * One schema per form, used by the browser (react-hook-form) and the server action alike.
 * Messages are translation keys under `auth.errors`.
 */
export const PASSWORD_MIN_LENGTH = 10;

const email = z
  .string({ error: "auth.errors.emailRequired" })
  .trim()
  .min(1, "auth.errors.emailRequired")
  .max(254, "auth.errors.emailInvalid")
  .pipe(z.email("auth.errors.emailInvalid"))
  .transform((value) => value.toLowerCase());

export const newPassword = z
  .string({ error: "auth.errors.passwordRequired" })
  .min(1, "auth.errors.passwordRequired")
  .min(PASSWORD_MIN_LENGTH, "auth.errors.passwordTooShort")
  .max(128, "auth.errors.passwordTooLong")
  .refine((value) => /[A-Za-zÆØÅæøå]/.test(value) && /[0-9]/.test(value), "auth.errors.passwordTooSimple");

const safeRedirect = z
  .string()
  .optional()
  .transform((value) => (value && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\") ? value : undefined));

export const loginSchema = z.object({
  email,
  password: z.string({ error: "auth.errors.passwordRequired" }).min(1, "auth.errors.passwordRequired").max(128, "auth.errors.passwordRequired"),
  callbackUrl: safeRedirect,
});

export const activationSchema = z
  .object({
    memberNumber: z
      .string({ error: "auth.errors.memberNumberRequired" })
      .trim()
      .min(1, "auth.errors.memberNumberRequired")
      .regex(/^[0-9]{8}$/, "auth.errors.memberNumberInvalid"),
    activationCode: z
      .string({ error: "auth.errors.activationCodeRequired" })
      .trim()
      .min(1, "auth.errors.activationCodeRequired")
      .transform((value) => value.toUpperCase().replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^[A-Z0-9]{8}$/, "auth.errors.activationCodeInvalid")),
    email,
    password: newPassword,
    confirmPassword: z.string({ error: "auth.errors.confirmRequired" }).min(1, "auth.errors.confirmRequired"),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordsDiffer" });

export const requestResetSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20, "auth.errors.resetLinkInvalid").max(200, "auth.errors.resetLinkInvalid"),
    password: newPassword,
    confirmPassword: z.string({ error: "auth.errors.confirmRequired" }).min(1, "auth.errors.confirmRequired"),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordsDiffer" });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "auth.errors.passwordRequired" }).min(1, "auth.errors.passwordRequired").max(128, "auth.errors.passwordRequired"),
    password: newPassword,
    confirmPassword: z.string({ error: "auth.errors.confirmRequired" }).min(1, "auth.errors.confirmRequired"),
  })
  .refine((value) => value.password === value.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordsDiffer" })
  .refine((value) => value.password !== value.currentPassword, { path: ["password"], message: "auth.errors.passwordUnchanged" });

export type LoginInput = z.infer<typeof loginSchema>;
export type ActivationInput = z.infer<typeof activationSchema>;
