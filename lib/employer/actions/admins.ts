"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { db } from "../../db/client";
import { kickOutbox } from "../../mail/outbox";
import { createAction } from "../../server/action";
import { requestLocale } from "../../server/request-context";
import { changeAdminRightSchema, inviteAdminSchema, removeAdminSchema } from "../admin-schemas";
import { changeAdminRight, inviteAdmin, removeAdmin } from "../admins";

/** Issue 12 point 8: invite an admin (view or manage) by e-mail; the mail goes through the outbox. */
export const inviteAdminAction = createAction({
  name: "employer.admin_invite",
  access: "EMPLOYER_ADMIN",
  schema: inviteAdminSchema,
  handler: async (input, { user, ip }) => {
    await inviteAdmin(db(), user, input, { ip, locale: await requestLocale() });
    kickOutbox(db());
    revalidatePath("/employer/admins");
    return { status: "success", data: undefined, message: "employerAdmins.invite.sent" };
  },
});

/** Give an admin another right: a view admin, another employer's admin and the last manager are refused (can()). */
export const changeAdminRightAction = createAction({
  name: "employer.admin_right",
  access: "EMPLOYER_ADMIN",
  schema: changeAdminRightSchema,
  handler: async (input, { user, ip }) => {
    await changeAdminRight(db(), user, input, { ip });
    revalidatePath("/employer/admins");
    return { status: "success", data: undefined, message: "employerAdmins.list.changed" };
  },
});

export const removeAdminAction = createAction({
  name: "employer.admin_remove",
  access: "EMPLOYER_ADMIN",
  schema: removeAdminSchema,
  handler: async (input, { user, ip }) => {
    await removeAdmin(db(), user, input, { ip });
    revalidatePath("/employer/admins");
    return { status: "success", data: undefined, message: "employerAdmins.list.removed" };
  },
});
