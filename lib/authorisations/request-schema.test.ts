import { describe, expect, it } from "vitest";
import { makeRequestFormSchema, type RequestFormInput } from "./request-schema";

const schema = makeRequestFormSchema({ today: "2026-12-02", nowLocal: "2026-12-02T19:00" });
const valid: RequestFormInput = {
  idempotencyKey: "0190a1b2-0000-7000-8000-0000000000aa",
  personId: "0190a1b2-0000-7000-8000-000000000001",
  locale: "da",
  category: "physiotherapy",
  setting: "out_patient",
  diagnosis: "Knæskade",
  plannedTreatment: "10 behandlinger fysioterapi",
  providerName: "Fysio Nord",
  plannedDate: "2026-12-10",
  estimatedCost: "6.000,50",
  sessions: "10",
};
const errorsOf = (input: Partial<RequestFormInput>) => {
  const result = schema.safeParse({ ...valid, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the request form schema (GOP-1, PA-3, PA-5)", () => {
  it("shows every message at once: the date and amount checks run even when a field is missing", () => {
    expect(errorsOf({ diagnosis: "", plannedDate: "2026-12-01", estimatedCost: "abc" })).toEqual({
      diagnosis: "authorisations.errors.diagnosisRequired",
      plannedDate: "authorisations.errors.plannedDateInPast",
      estimatedCost: "claimForm.errors.amountInvalid",
    });
  });
  it("reads the estimate in øre and the sessions as a number", () => {
    expect(schema.parse(valid)).toMatchObject({ estimatedCostMinor: 600_050, sessions: 10, plannedDate: "2026-12-10", emergency: false });
  });
  it.each([
    ["missing diagnosis", { diagnosis: " " }, "diagnosis", "authorisations.errors.diagnosisRequired"],
    ["missing treatment", { plannedTreatment: "" }, "plannedTreatment", "authorisations.errors.treatmentRequired"],
    ["missing provider", { providerName: "" }, "providerName", "authorisations.errors.providerRequired"],
    ["admission date in the past without the emergency flag", { plannedDate: "2026-12-01" }, "plannedDate", "authorisations.errors.plannedDateInPast"],
    ["no admission date", { plannedDate: "" }, "plannedDate", "authorisations.errors.plannedDateRequired"],
    ["not a date", { plannedDate: "2026-02-30" }, "plannedDate", "authorisations.errors.dateInvalid"],
    ["an emergency without its start", { emergency: true, plannedDate: "" }, "treatmentStartedAt", "authorisations.errors.startedAtRequired"],
    ["an emergency starting in the future", { emergency: true, treatmentStartedAt: "2026-12-02T20:00" }, "treatmentStartedAt", "authorisations.errors.startedAtInFuture"],
    ["a period ending before it starts", { periodFrom: "2026-12-10", periodTo: "2026-12-01" }, "periodTo", "authorisations.errors.periodOrder"],
    ["zero sessions", { sessions: "0" }, "sessions", "authorisations.errors.countInvalid"],
    ["an amount that is not one", { estimatedCost: "abc" }, "estimatedCost", "claimForm.errors.amountInvalid"],
  ])("%s: a message beside the field", (_name, input, field, key) => {
    expect(errorsOf(input)[field]).toBe(key);
  });
  it("PA-3: an emergency may have begun in the past; the planned day is the day it began", () => {
    expect(schema.parse({ ...valid, emergency: true, plannedDate: "", treatmentStartedAt: "2026-11-30T22:15" })).toMatchObject({ plannedDate: "2026-11-30", treatmentStartedAt: "2026-11-30T22:15" });
  });
  it("an estimate is optional (GOP-1: where possible)", () => {
    expect(schema.parse({ ...valid, estimatedCost: "" }).estimatedCostMinor).toBeUndefined();
  });
});
