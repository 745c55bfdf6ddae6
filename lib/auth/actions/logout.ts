"use server";
import "server-only";
import { z } from "zod";
import { db } from "../../db/client";
import { createAction, formAction } from "../../server/action";
import { signOut } from "../next-auth";
import { revokeSession } from "../sessions";

/**
 * Ends the server-side session first: a copy of the old cookie is worthless afterwards. Public,
 * so a visitor whose session has already ended is still sent to the sign-in page.
 * A plain `<form action={logoutAction}>`: signing out works without JavaScript.
 */
export const logoutAction = formAction(
  createAction({
    name: "auth.logout",
    access: "public",
    schema: z.object({}),
    handler: async (_input, { user, audit }) => {
      if (user) {
        await revokeSession(db(), user.sessionId);
        await audit({ action: "auth.signOut", subjectType: "Session", subjectId: user.sessionId });
      }
      await signOut({ redirectTo: "/login?signedOut=1" });
      return { status: "success", data: undefined };
    },
  }),
);
