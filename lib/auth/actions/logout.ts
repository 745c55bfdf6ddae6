"use server";
import { db } from "../../db/client";
import { signOut } from "../next-auth";
import { getCurrentUser } from "../session";
import { revokeSession } from "../sessions";

/** Ends the server-side session first: a copy of the old cookie is worthless afterwards. */
export async function logoutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await revokeSession(db(), user.sessionId);
    await db().auditEvent.create({ data: { actorUserId: user.userId, action: "auth.signOut", subjectType: "Session", subjectId: user.sessionId } });
  }
  await signOut({ redirectTo: "/login?signedOut=1" });
}
