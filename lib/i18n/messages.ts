import type { Locale } from "./config";

/**
 * Messages are split by namespace (one JSON file per area, per language) so features own their
 * own texts. Add a namespace here in both languages; a unit test checks the key sets match.
 */
const loaders = {
  da: () => import("./messages/da").then((m) => m.default),
  en: () => import("./messages/en").then((m) => m.default),
} satisfies Record<Locale, () => Promise<Record<string, unknown>>>;

export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  return loaders[locale]();
}
