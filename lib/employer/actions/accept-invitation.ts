"use server";
import "server-only";
import { redirect } from "next/navigation";
import { signIn } from "../../auth/next-auth";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { requestLocale } from "../../server/request-context";
import { acceptInvitationExistingSchema, acceptInvitationNewSchema } from "../admin-schemas";
import { acceptAsExistingUser, acceptAsNewUser } from "../invitations";

/** Someone new accepts an admin invitation: the token is the proof; they choose name and password and are signed in. */
export const acceptInvitationNewAction = createAction({
  name: "employer.invitation_accept_new",
  access: "public",
  schema: acceptInvitationNewSchema,
  handler: async (input, { ip }) => {
    const { email } = await acceptAsNewUser(db(), input, { ip, locale: await requestLocale() });
    await signIn("credentials", { email, password: input.password, redirectTo: "/employer" });
    return { status: "success", data: undefined };
  },
});

/** A signed-in user accepts an invitation to their own address. */
export const acceptInvitationExistingAction = createAction({
  name: "employer.invitation_accept",
  access: "signed-in",
  schema: acceptInvitationExistingSchema,
  handler: async (input, { user, ip }) => {
    await acceptAsExistingUser(db(), user, input.token, { ip });
    redirect("/employer");
  },
});
