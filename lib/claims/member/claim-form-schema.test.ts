import { describe, expect, it } from "vitest";
import { cignaGlobalPlan } from "../../rules";
import { makeClaimFormSchema, type ClaimFormInput } from "./claim-form-schema";
import { copenhagenDay } from "../../i18n/format";

const TODAY = "2026-11-21";
const schema = makeClaimFormSchema({ today: TODAY, plan: cignaGlobalPlan });
const PERSON = "0190a1b2-0000-7000-8000-000000000001";
const KEY = "0190a1b2-0000-7000-8000-0000000000aa";
const DOC = "0190a1b2-0000-7000-8000-0000000000d1";

function input(overrides: Partial<ClaimFormInput> = {}, line: Partial<ClaimFormInput["lines"][number]> = {}): ClaimFormInput {
  return {
    idempotencyKey: KEY,
    locale: "da",
    personId: PERSON,
    lines: [{ treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerName: "Lægehuset", country: "DK", amount: "600", currency: "DKK", ...line }],
    diagnosis: "Kontrol",
    emergency: false,
    otherInsurance: { declared: false, sygeforsikringDanmark: false },
    documents: [],
    ...overrides,
  };
}

function errorsOf(value: ClaimFormInput): Record<string, string> {
  const result = schema.safeParse(value);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("claim form schema", () => {
  it("parses a valid claim: amount in øre, defaults filled", () => {
    const result = schema.parse(input({}, { amount: "1.234,50" }));
    expect(result.lines[0]).toMatchObject({ amountMinor: 123_450, country: "DK", currency: "DKK", referralPresent: false, receiptPresent: false });
    expect(result.authorisationReference).toBeUndefined();
  });

  it("reads amounts in the locale they were typed in", () => {
    expect(schema.parse(input({ locale: "en" }, { amount: "1,234.50" })).lines[0]?.amountMinor).toBe(123_450);
    expect(errorsOf(input({ locale: "en" }, { amount: "1.234,50" }))["lines.0.amount"]).toBe("claimForm.errors.amountInvalid");
  });

  it.each([
    ["tomorrow", "2026-11-22", "claimForm.errors.dateInFuture"],
    ["not a date", "21-11-2026", "claimForm.errors.dateInvalid"],
    ["impossible", "2026-02-30", "claimForm.errors.dateInvalid"],
    ["empty", "", "claimForm.errors.dateRequired"],
  ])("refuses a treatment date: %s", (_, treatmentDate, key) => {
    expect(errorsOf(input({}, { treatmentDate }))["lines.0.treatmentDate"]).toBe(key);
  });

  it("accepts today", () => {
    expect(errorsOf(input({}, { treatmentDate: TODAY }))).toEqual({});
  });

  it.each([
    [0, "claimForm.errors.linesMin"],
    [21, "claimForm.errors.linesMax"],
  ])("refuses %d lines", (count, key) => {
    const line = input().lines[0]!;
    expect(errorsOf(input({ lines: Array.from({ length: count }, () => line) })).lines).toBe(key);
  });

  it("accepts 20 lines", () => {
    const line = input().lines[0]!;
    expect(errorsOf(input({ lines: Array.from({ length: 20 }, () => line) }))).toEqual({});
  });

  it("refuses a currency other than the plan's, and an unknown category", () => {
    const errors = errorsOf(input({}, { currency: "EUR", category: "teleportation" }));
    expect(errors["lines.0.currency"]).toBe("claimForm.errors.currencyMismatch");
    expect(errors["lines.0.category"]).toBe("claimForm.errors.categoryUnknown");
  });

  it("without plan context, leaves category and currency to the server", () => {
    const loose = makeClaimFormSchema({ today: TODAY });
    expect(loose.safeParse(input({}, { currency: "EUR", category: "teleportation" })).success).toBe(true);
  });

  it("requires the other insurer's name when other insurance is declared (CLM-6)", () => {
    expect(errorsOf(input({ otherInsurance: { declared: true, sygeforsikringDanmark: false } }))["otherInsurance.insurerName"]).toBe("claimForm.errors.otherInsurerRequired");
    expect(errorsOf(input({ otherInsurance: { declared: true, insurerName: "Tryg", sygeforsikringDanmark: true } }))).toEqual({});
  });

  it("derives referral, prescription and receipt per line from the linked documents", () => {
    const two = input({
      lines: [input().lines[0]!, { ...input().lines[0]!, category: "prescribed_drugs" }],
      documents: [
        { documentId: DOC, kind: "INVOICE", lineIndexes: [0, 1] },
        { documentId: "0190a1b2-0000-7000-8000-0000000000d2", kind: "REFERRAL", lineIndexes: [0] },
        { documentId: "0190a1b2-0000-7000-8000-0000000000d3", kind: "PRESCRIPTION", lineIndexes: [1] },
      ],
    });
    const result = schema.parse(two);
    expect(result.lines.map((l) => [l.receiptPresent, l.referralPresent, l.prescriptionPresent])).toEqual([
      [true, true, false],
      [true, false, true],
    ]);
  });

  it("refuses a document without lines, or pointing at a line that does not exist", () => {
    expect(errorsOf(input({ documents: [{ documentId: DOC, kind: "INVOICE", lineIndexes: [] }] }))["documents.0.lineIndexes"]).toBe("claimForm.errors.documentLinesRequired");
    expect(errorsOf(input({ documents: [{ documentId: DOC, kind: "INVOICE", lineIndexes: [3] }] }))["documents.0.lineIndexes"]).toBe("claimForm.errors.documentLinesRequired");
  });

  it("for the estimate, lets provider, diagnosis and undescribed documents wait", () => {
    const estimate = makeClaimFormSchema({ today: TODAY, plan: cignaGlobalPlan, forEstimate: true });
    const result = estimate.safeParse({
      ...input({ diagnosis: "" }, { providerName: "" }),
      documents: [{ documentId: DOC, kind: "", lineIndexes: [0] }],
    });
    expect(result.success).toBe(true);
    expect(result.data?.documents).toEqual([]);
  });
});

describe("copenhagenDay", () => {
  it.each([
    ["2026-06-30T22:30:00Z", "2026-07-01"], // summer: UTC+2
    ["2026-12-31T22:59:00Z", "2026-12-31"], // winter: UTC+1
    ["2026-12-31T23:00:00Z", "2027-01-01"],
  ])("%s is %s in Copenhagen", (instant, day) => {
    expect(copenhagenDay(new Date(instant))).toBe(day);
  });
});

describe("field messages while the rest of the form is still empty", () => {
  const empty = { idempotencyKey: "0190f7a0-0000-7000-8000-000000000001", personId: "", diagnosis: "", lines: [{ treatmentDate: "2026-11-24", category: "", amount: "12,345" }] };
  const messages = (schema: ReturnType<typeof makeClaimFormSchema>) =>
    Object.fromEntries((schema.safeParse(empty).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it.each([
    ["da", { "lines.0.treatmentDate": "claimForm.errors.dateInFuture", "lines.0.amount": "claimForm.errors.amountTooManyDecimals" }],
    ["en", { "lines.0.treatmentDate": "claimForm.errors.dateInFuture" }],
  ] as const)("typed in %s: the future date and the amount are flagged beside their fields", (amountLocale, expected) => {
    const found = messages(makeClaimFormSchema({ today: "2026-11-21", amountLocale }));
    expect(found).toMatchObject(expected);
    expect(found["lines.0.category"]).toBe("claimForm.errors.categoryRequired");
    if (amountLocale === "en") expect(found["lines.0.amount"]).toBeUndefined(); // 12,345 is twelve thousand in English
  });
});
