import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, TIME_ZONE, toLocale } from "./config";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = toLocale(stored);
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: await loadMessages(locale),
    formats: {
      dateTime: {
        date: { day: "numeric", month: "long", year: "numeric" },
        short: { day: "2-digit", month: "2-digit", year: "numeric" },
        dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
      },
      number: {
        money: { style: "currency", currency: "DKK" },
      },
    },
  };
});
