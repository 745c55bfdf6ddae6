import { planSchema, type Plan } from "../schema/plan";
import { cignaGlobalPlan as cignaGlobalInput } from "./cignaGlobal";
import { dssGroupNavigationPlan as dssGroupNavigationInput } from "./dssGroupNavigation";
import { dssPrivatePlan as dssPrivateInput } from "./dssPrivate";
import { ihiBupaTopUpPlan as ihiBupaTopUpInput } from "./ihiBupaTopUp";

// Parsed once at load so a broken example plan fails loudly and consumers get defaults filled.
export const ihiBupaTopUpPlan: Plan = planSchema.parse(ihiBupaTopUpInput);
export const cignaGlobalPlan: Plan = planSchema.parse(cignaGlobalInput);
export const dssPrivatePlan: Plan = planSchema.parse(dssPrivateInput);
export const dssGroupNavigationPlan: Plan = planSchema.parse(dssGroupNavigationInput);

/** The four example plans of RULES.md keyed by plan code; plain JSON-serialisable data. */
export const examplePlans: Readonly<Record<string, Plan>> = {
  [ihiBupaTopUpPlan.code]: ihiBupaTopUpPlan,
  [cignaGlobalPlan.code]: cignaGlobalPlan,
  [dssPrivatePlan.code]: dssPrivatePlan,
  [dssGroupNavigationPlan.code]: dssGroupNavigationPlan,
};

export const examplePlanInputs = {
  [ihiBupaTopUpInput.code]: ihiBupaTopUpInput,
  [cignaGlobalInput.code]: cignaGlobalInput,
  [dssPrivateInput.code]: dssPrivateInput,
  [dssGroupNavigationInput.code]: dssGroupNavigationInput,
};
