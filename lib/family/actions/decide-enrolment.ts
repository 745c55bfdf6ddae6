"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { db } from "../../db/client";
import { copenhagenDay } from "../../i18n/format";
import { createAction } from "../../server/action";
import { decideEnrolment } from "../enrolment-review";
import { enrolmentDecisionSchema } from "../schemas";

/** FAM-3: the handler accepts or refuses an enrolment waiting on its health declaration. */
export const decideEnrolmentAction = createAction({
  name: "family.decide_enrolment",
  access: "CLAIMS_HANDLER",
  schema: enrolmentDecisionSchema,
  handler: async (input, { user, ip }) => {
    await decideEnrolment(db(), user, input, { ip, today: copenhagenDay() });
    revalidatePath("/handler", "layout");
    redirect("/handler/enrolments?done=decided");
  },
});
