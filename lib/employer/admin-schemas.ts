import { z } from "zod";
import { newPassword } from "../auth/schemas";

/**
 * Issue 12 point 8: the admins page's and the invitation's schemas, shared by each form and its
 * server action. Messages are keys in the `employerAdmins` namespace (or auth's for passwords).
 */
export const EMPLOYER_RIGHTS = ["VIEW", "MANAGE"] as const;
const right = z.enum(EMPLOYER_RIGHTS, { error: "employerAdmins.errors.rightRequired" });

export const inviteAdminSchema = z.object({
  email: z
    .string({ error: "employerAdmins.errors.emailRequired" })
    .trim()
    .min(1, "employerAdmins.errors.emailRequired")
    .max(254, "employerAdmins.errors.emailInvalid")
    .pipe(z.email("employerAdmins.errors.emailInvalid"))
    .transform((v) => v.toLowerCase()),
  right,
});
export type InviteAdminInput = z.output<typeof inviteAdminSchema>;

export const changeAdminRightSchema = z.object({ adminId: z.uuid("employerAdmins.errors.notFound"), right });
export const removeAdminSchema = z.object({ adminId: z.uuid("employerAdmins.errors.notFound") });

const token = z.string().min(20, "employerAdmins.errors.invitationInvalid").max(200, "employerAdmins.errors.invitationInvalid");

/** A new user accepts: their name and a password, as the activation flow asks. */
export const acceptInvitationNewSchema = z
  .object({
    token,
    displayName: z.string({ error: "employerAdmins.errors.nameRequired" }).trim().min(1, "employerAdmins.errors.nameRequired").max(100),
    password: newPassword,
    confirmPassword: z.string({ error: "auth.errors.confirmRequired" }).min(1, "auth.errors.confirmRequired"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "auth.errors.passwordsDiffer" });

/** A signed-in user whose e-mail the invitation names accepts it. */
export const acceptInvitationExistingSchema = z.object({ token });
