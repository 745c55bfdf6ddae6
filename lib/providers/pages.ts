import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { can, sessionActor } from "../access/can";
import { requireUser } from "../auth/session";
import { db } from "../db/client";
import type { Locale } from "../i18n/config";
import { oneSearchParam, requestLocale, type PageSearchParams } from "../server/request-context";
import { findProviders, providerChoices, type ProviderFilter, type ProviderPage } from "./find";

const text = (max: number) => z.preprocess(oneSearchParam, z.string().trim().max(max).optional()).catch(undefined);

/** The search form's GET parameters; anything malformed is simply ignored. */
export const providerQuerySchema = z.object({
  name: text(100),
  speciality: text(60),
  region: text(60),
  postalCode: z.preprocess(oneSearchParam, z.string().trim().regex(/^\d{1,4}$/).optional()).catch(undefined),
  directBilling: z.preprocess(oneSearchParam, z.literal("1").optional()).catch(undefined).transform((v) => v === "1"),
  page: z.preprocess(oneSearchParam, z.coerce.number().int().min(1).max(10_000).optional()).catch(undefined),
});

export interface ProvidersPage {
  locale: Locale;
  filter: ProviderFilter;
  filtered: boolean;
  choices: { specialities: string[]; regions: string[] };
  result: ProviderPage;
}

/** /member/providers: a member with a person searches their insurer's providers (provider.search). */
export async function loadProvidersPage(searchParams: Promise<PageSearchParams>): Promise<ProvidersPage> {
  const user = await requireUser("MEMBER");
  const actor = sessionActor(user);
  if (!actor.personId || !can(actor, "provider.search")) notFound();
  const [query, locale] = await Promise.all([searchParams.then((params) => providerQuerySchema.parse(params)), requestLocale()]);
  const filter: ProviderFilter = { ...query, page: query.page ?? 1 };
  const [choices, result] = await Promise.all([providerChoices(db(), actor.personId), findProviders(db(), actor.personId, filter)]);
  // Only choices the insurer has are searched for (a typed-in code matches nothing anyway).
  const filtered = Boolean(query.name || query.speciality || query.region || query.postalCode || query.directBilling);
  return { locale, filter, filtered, choices, result };
}
