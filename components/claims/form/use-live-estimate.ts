"use client";

import { useEffect, useMemo, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { ClaimDraftValues } from "@/lib/claims/member/claim-draft-schema";
import { makeClaimFormSchema, type ClaimFormValues } from "@/lib/claims/member/claim-form-schema";
import { estimateClaim } from "@/lib/claims/member/estimate";
import type { ClaimFacts } from "@/lib/cover/facts.types";
import type { ClaimDecision } from "@/lib/rules";
import { copenhagenDay } from "@/lib/i18n/format";

export type LiveEstimate = { status: "incomplete" } | { status: "ready"; decision: ClaimDecision; facts: ClaimFacts } | { status: "failed" };

const DEBOUNCE_MS = 150;

/**
 * Runs the rules engine in the browser on every change (debounced), with the same schema and
 * the same mapping the server uses at submit. Only valid values are estimated; what the
 * calculation does not need (provider, diagnosis, undescribed documents) may still be empty.
 */
export function useLiveEstimate(control: Control<ClaimDraftValues, unknown, ClaimFormValues>, factsByPerson: Readonly<Record<string, ClaimFacts>>): LiveEstimate {
  const values = useWatch({ control }) as ClaimDraftValues;
  const [estimate, setEstimate] = useState<LiveEstimate>({ status: "incomplete" });
  const serialised = useMemo(() => JSON.stringify(values), [values]);

  useEffect(() => {
    const timer = setTimeout(() => {
      const current = JSON.parse(serialised) as ClaimDraftValues;
      const facts = factsByPerson[current.personId];
      if (!facts) return setEstimate({ status: "incomplete" });
      const today = copenhagenDay();
      const parsed = makeClaimFormSchema({ today, plan: facts.plan, forEstimate: true }).safeParse(current);
      if (!parsed.success) return setEstimate({ status: "incomplete" });
      try {
        setEstimate({ status: "ready", decision: estimateClaim(facts, parsed.data, today), facts });
      } catch (error) {
        console.error("[estimate]", error);
        setEstimate({ status: "failed" });
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [serialised, factsByPerson]);

  return estimate;
}
