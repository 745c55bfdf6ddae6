"use client";

import { useActionState } from "react";
import { FormError, FormSuccess, SubmitButton, useTranslatedError } from "@/components/forms";
import { IDLE, type ActionResult } from "@/lib/server/action-result";

type ClaimCommand = (previous: ActionResult<undefined>, payload: FormData) => Promise<ActionResult<undefined>>;

/** One button that acts on the whole claim (record the refund paid), with its result. */
export function ClaimCommandForm(props: { claimId: string; action: ClaimCommand; label: string; pendingLabel: string; doneMessage: string; lead?: string }) {
  const te = useTranslatedError();
  const [state, dispatch, pending] = useActionState(props.action, IDLE as ActionResult<undefined>);
  return (
    <form action={dispatch} className="flex flex-col gap-3">
      {state.status === "success" ? <FormSuccess message={props.doneMessage} /> : null}
      <FormError message={te(state.status === "error" ? state.formError : undefined)} />
      {props.lead ? <p className="max-w-prose text-muted">{props.lead}</p> : null}
      <input type="hidden" name="claimId" value={props.claimId} />
      <div>
        <SubmitButton variant="secondary" pending={pending} pendingLabel={props.pendingLabel}>
          {props.label}
        </SubmitButton>
      </div>
    </form>
  );
}
