"use server";
import "server-only";
import { db } from "../../db/client";
import { createAction } from "../../server/action";
import { changeRefundAccount } from "../refund-account";
import { refundAccountSchema } from "../refund-account-schema";

/** The refund account form: session → the form's own schema → member → password re-check, write, audit, mail. */
export const changeRefundAccountAction = createAction({
  name: "profile.changeRefundAccount",
  access: "MEMBER",
  schema: refundAccountSchema,
  handler: async (input, { user, ip }) => {
    const { masked } = await changeRefundAccount(db(), user, input, { ip });
    return { status: "success", data: { masked }, message: "profile.account.done" };
  },
});
