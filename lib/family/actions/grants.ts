"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction, formAction } from "../../server/action";
import { giveGrant, renewGrant, withdrawGrant } from "../consents";
import { grantSchema, renewGrantSchema, withdrawGrantSchema } from "../schemas";

/** ACC-3: the person themself gives a consent or power of attorney, re-entering their password. */
export const giveGrantAction = createAction({
  name: "family.grant",
  access: "MEMBER",
  schema: grantSchema,
  handler: async (input, { user, ip }) => {
    await giveGrant(db(), user, input, { ip, today: copenhagenDay() });
    revalidatePath("/member", "layout");
    redirect("/member/family/consents?done=given");
  },
});

export const renewGrantAction = createAction({
  name: "family.renew",
  access: "MEMBER",
  schema: renewGrantSchema,
  handler: async (input, { user, ip }) => {
    await renewGrant(db(), user, input, { ip, today: copenhagenDay() });
    revalidatePath("/member", "layout");
    redirect("/member/family/consents?done=renewed");
  },
});

const withdraw = createAction({
  name: "family.withdraw",
  access: "MEMBER",
  schema: withdrawGrantSchema,
  handler: async (input, { user, ip }) => {
    await withdrawGrant(db(), user, input.consentId, { ip, today: copenhagenDay() });
    revalidatePath("/member", "layout");
    redirect("/member/family/consents?done=withdrawn");
  },
});

/** One click, a plain form post (works without JavaScript): withdrawn at once. */
export const withdrawGrantAction = formAction(withdraw);
