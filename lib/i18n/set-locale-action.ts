"use server";
import "server-only";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createAction, formAction } from "../server/action";
import { LOCALE_COOKIE, LOCALES } from "./config";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * Stores the chosen UI language in the NEXT_LOCALE cookie and re-renders.
 * Works as a plain `<form action={setLocaleAction}>` post, also without JavaScript (the submit
 * button carries name="locale"). Unknown values are refused by the schema and so ignored.
 */
export const setLocaleAction = formAction(
  createAction({
    name: "i18n.setLocale",
    access: "public",
    schema: setLocaleSchema,
    handler: async (input) => {
      (await cookies()).set(LOCALE_COOKIE, input.locale, {
        maxAge: ONE_YEAR_SECONDS,
        sameSite: "lax",
        path: "/",
      });
      revalidatePath("/", "layout");
      return { status: "success", data: undefined };
    },
  }),
);
