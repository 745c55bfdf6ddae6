import type { CalculationStep, LineDecision, Reason } from "../rules";

/**
 * The one owner of what ClaimLine.steps holds: the engine's steps and reasons for the line as
 * decided, plus a handler's change. Written by adjudication and handler decisions; read by the
 * member's claim page, the settlement note and the history the next claim is evaluated against.
 */
export interface LineAdjustment {
  kind: "adjusted" | "rejected";
  /** The engine's proposed payable before the handler's decision. */
  proposedPayableMinor: number;
  payableMinor: number;
  ruleId: string | null;
  reason: string;
  byUserId: string;
  at: string;
}

export interface LineStepsJson {
  steps: CalculationStep[];
  reasons: Reason[];
  adjustment?: LineAdjustment | null;
}

export function stepsJsonOf(decision: LineDecision, adjustment: LineAdjustment | null = null): LineStepsJson {
  return { steps: decision.steps, reasons: decision.reasons, adjustment };
}

export interface ClaimStepDto {
  kind: string;
  ruleId: string;
  amountMinor: number;
  changeMinor: number;
  da: string;
  en: string;
}

export interface ClaimReasonDto {
  ruleId: string;
  da: string;
  en: string;
}

export interface ParsedLineSteps {
  steps: ClaimStepDto[];
  reasons: ClaimReasonDto[];
  adjustment: { ruleId: string | null; reason: string | null } | null;
}

function asSteps(value: unknown): ClaimStepDto[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (step): step is ClaimStepDto =>
        !!step && typeof step === "object" && typeof step.ruleId === "string" && typeof step.da === "string" && typeof step.en === "string" && typeof step.amountMinor === "number",
    )
    .map((step) => ({ kind: String(step.kind ?? ""), ruleId: step.ruleId, amountMinor: step.amountMinor, changeMinor: Number(step.changeMinor ?? 0), da: step.da, en: step.en }));
}

function asReasons(value: unknown): ClaimReasonDto[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((reason): reason is ClaimReasonDto => !!reason && typeof reason === "object" && typeof reason.ruleId === "string" && typeof reason.da === "string" && typeof reason.en === "string")
    .map(({ ruleId, da, en }) => ({ ruleId, da, en }));
}

/** Reads the stored JSON (or a bare array of steps from older rows); anything malformed is dropped rather than shown half. */
export function parseLineSteps(json: unknown): ParsedLineSteps {
  if (Array.isArray(json)) return { steps: asSteps(json), reasons: [], adjustment: null };
  if (json && typeof json === "object") {
    const record = json as Record<string, unknown>;
    const raw = record.adjustment && typeof record.adjustment === "object" ? (record.adjustment as Record<string, unknown>) : null;
    const adjustment = raw ? { ruleId: typeof raw.ruleId === "string" ? raw.ruleId : null, reason: typeof raw.reason === "string" ? raw.reason : null } : null;
    return { steps: asSteps(record.steps), reasons: asReasons(record.reasons), adjustment };
  }
  return { steps: [], reasons: [], adjustment: null };
}

/** The deductible (BEN-4) a decided line took, so the next claim does not take it again. */
export function deductibleTakenMinor(json: unknown): number {
  return parseLineSteps(json).steps.reduce((total, step) => (step.kind === "deductible" ? total + Math.abs(step.changeMinor) : total), 0);
}
