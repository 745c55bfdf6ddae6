"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "./config";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/**
 * Stores the chosen UI language in the NEXT_LOCALE cookie and re-renders.
 * Works as a plain `<form action={setLocaleAction}>` post (the submit button carries name="locale").
 * Unknown values are ignored.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;

  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    path: "/",
  });
  revalidatePath("/", "layout");
}
