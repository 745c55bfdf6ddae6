"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "../db/client";
import { createAction, formAction } from "../server/action";
import { LOCALES } from "./config";
import { setLocaleCookie, storeUserLocale } from "./user-locale";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * Stores the chosen UI language in the NEXT_LOCALE cookie and, for a signed-in user, on the
 * account (User.locale), which every mail is written in; then re-renders.
 * Works as a plain `<form action={setLocaleAction}>` post, also without JavaScript (the submit
 * button carries name="locale"). Unknown values are refused by the schema and so ignored.
 */
export const setLocaleAction = formAction(
  createAction({
    name: "i18n.setLocale",
    access: "public",
    schema: setLocaleSchema,
    handler: async (input, { user }) => {
      await setLocaleCookie(input.locale);
      if (user) await storeUserLocale(db(), user.userId, input.locale);
      revalidatePath("/", "layout");
      return { status: "success", data: undefined };
    },
  }),
);
