import type { ActionResult } from "../../../server/action-result";
import type { ClaimRefusal } from "../claim-writes";

/** A ClaimRefusal as the form's ActionResult: "_form" becomes the form message, the rest sit beside fields. */
export function refusalResult<T>(refusal: ClaimRefusal): ActionResult<T> {
  const { _form, ...fieldErrors } = refusal.fieldErrors;
  return { status: "error", fieldErrors, formError: _form?.[0], values: {} };
}
