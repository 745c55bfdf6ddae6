import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { AREA_OF_ROLE, can } from "../access/can";
import { writeAudit, type AuditEntry } from "../audit/audit";
import { getCurrentUser } from "../auth/session";
import type { CurrentUser, Role } from "../auth/current-user.types";
import { clientIp } from "../auth/request-meta";
import { db } from "../db/client";
import { IDLE, type ActionResult } from "./action-result";
import { Refusal } from "./refusal";

export type Access = "public" | "signed-in" | Role;

export interface ActionContext<Access_ extends Access> {
  user: Access_ extends "public" ? CurrentUser | null : CurrentUser;
  ip: string;
  /** Record an audited fact about what this action did (health-data reads, decisions, security events). */
  audit: (entry: Omit<AuditEntry, "actorUserId" | "ip">) => Promise<void>;
}

const NEVER_ECHOED = /password|token|code/i;

function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((value) => typeof value === "string");
    result[key] = all.length > 1 ? all : all[0];
  }
  return result;
}

function echo(input: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (typeof value === "string" && !NEVER_ECHOED.test(key)) values[key] = value;
  }
  return values;
}

export function fieldErrorsFrom(issues: readonly z.core.$ZodIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = issue.path.join(".") || "_form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The one wrapper every server action goes through: session → zod parse → authorise → audit →
 * typed result. Record-level authorisation (is this claim theirs?) happens in the handler against
 * the loaded record, with can() (lib/access/can.ts) — never against an id the client sent alone.
 * The role check here is can(user, "area.<role>") too. A handler (or the service it calls)
 * throws a `Refusal` (lib/server/refusal.ts) to answer with a translated error on a field or
 * the whole form.
 */
export function createAction<Schema extends z.ZodType, Output, A extends Access>(options: {
  name: string;
  access: A;
  schema: Schema;
  handler: (input: z.output<Schema>, context: ActionContext<A>) => Promise<ActionResult<Output>>;
}) {
  return async function action(_previous: ActionResult<Output>, payload: FormData | Record<string, unknown>): Promise<ActionResult<Output>> {
    const raw = payload instanceof FormData ? formDataToObject(payload) : payload;
    const user = await getCurrentUser();
    if (options.access !== "public") {
      if (!user) return { status: "error", fieldErrors: {}, formError: "auth.errors.signedOut", values: echo(raw) };
      if (!can(user, options.access === "signed-in" ? "area.account" : AREA_OF_ROLE[options.access as Role])) {
        return { status: "error", fieldErrors: {}, formError: "auth.errors.forbidden", values: echo(raw) };
      }
    }

    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsFrom(parsed.error.issues), values: echo(raw) };

    const ip = clientIp(await headers());
    const context = {
      user,
      ip,
      audit: (entry) => writeAudit(db(), { ...entry, actorUserId: user?.userId ?? null, ip }),
    } as ActionContext<A>;

    try {
      return await options.handler(parsed.data, context);
    } catch (error) {
      if (error instanceof Refusal) {
        return error.field
          ? { status: "error", fieldErrors: { [error.field]: [error.messageKey] }, values: echo(raw) }
          : { status: "error", fieldErrors: {}, formError: error.messageKey, values: echo(raw) };
      }
      throw error;
    }
  };
}

/**
 * A `createAction` action for a plain `<form action={…}>` whose result nobody shows (sign-out,
 * the language switch): it takes the form's FormData only, so the form posts without JavaScript
 * too (progressive enhancement). Forms that show errors use `useActionForm` (components/forms).
 */
export function formAction<Output>(action: (previous: ActionResult<Output>, payload: FormData) => Promise<ActionResult<Output>>): (formData: FormData) => Promise<void> {
  return async (formData) => {
    await action(IDLE as ActionResult<Output>, formData);
  };
}
