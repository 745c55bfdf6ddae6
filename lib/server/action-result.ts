/**
 * What every server action returns to its form. Field errors are message keys (namespace.key)
 * that the form translates, so the browser's zod check and the server's speak the same language.
 * `values` echoes what was typed (never passwords) so a failed submit loses nothing.
 */
export type ActionResult<T = undefined> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string }
  | {
      status: "error";
      fieldErrors: Record<string, string[]>;
      formError?: string;
      values: Record<string, string>;
    };

export const IDLE: ActionResult<never> = { status: "idle" };
