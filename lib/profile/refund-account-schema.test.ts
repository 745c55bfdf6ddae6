import { describe, expect, it } from "vitest";
import { maskedAccount, refundAccountSchema, storedAccount } from "./refund-account-schema";

const base = { regNo: "", accountNo: "", iban: "", currentPassword: "secret" };
const errorsOf = (input: Record<string, string>) => {
  const result = refundAccountSchema.safeParse({ ...base, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("refundAccountSchema", () => {
  it.each<[string, Record<string, string>, Record<string, string>]>([
    ["a Danish account", { accountType: "dk", regNo: "1234", accountNo: "0012345678" }, {}],
    ["spaces and dashes are ignored", { accountType: "dk", regNo: "12 34", accountNo: "1234-567" }, {}],
    ["reg. no. must be 4 digits", { accountType: "dk", regNo: "123", accountNo: "12345678" }, { regNo: "profile.errors.regNo" }],
    ["account no. at most 10 digits", { accountType: "dk", regNo: "1234", accountNo: "12345678901" }, { accountNo: "profile.errors.accountNo" }],
    ["account no. not all zeros", { accountType: "dk", regNo: "1234", accountNo: "0000" }, { accountNo: "profile.errors.accountNo" }],
    ["letters in the account no.", { accountType: "dk", regNo: "1234", accountNo: "12ab" }, { accountNo: "profile.errors.accountNo" }],
    ["a Danish IBAN", { accountType: "iban", iban: "DK50 0040 0440 1162 43" }, {}],
    ["a German IBAN, lower case", { accountType: "iban", iban: "de89 3704 0044 0532 0130 00" }, {}],
    ["a wrong check digit", { accountType: "iban", iban: "DK51 0040 0440 1162 43" }, { iban: "profile.errors.iban" }],
    ["a wrong length for the country", { accountType: "iban", iban: "DK50 0040 0440 1162 4" }, { iban: "profile.errors.iban" }],
    ["no IBAN", { accountType: "iban" }, { iban: "profile.errors.ibanRequired" }],
    ["no password", { accountType: "dk", regNo: "1234", accountNo: "12345678", currentPassword: "" }, { currentPassword: "profile.errors.passwordRequired" }],
    ["no account type", { regNo: "1234" }, { accountType: "profile.errors.accountType" }],
  ])("%s", (_name, input, expected) => {
    expect(errorsOf(input)).toEqual(expected);
  });

  it("stores a Danish account padded to 10 digits, or the IBAN electronic, and masks all but the last four", () => {
    const dk = storedAccount(refundAccountSchema.parse({ ...base, accountType: "dk", regNo: "1234", accountNo: "5678901" }));
    expect(dk).toEqual({ bankRegNo: "1234", bankAccountNo: "0005678901", iban: null });
    expect(maskedAccount(dk)).toBe("1234 •••• 8901");
    const iban = storedAccount(refundAccountSchema.parse({ ...base, accountType: "iban", iban: "dk50 0040 0440 1162 43" }));
    expect(iban).toEqual({ bankRegNo: null, bankAccountNo: null, iban: "DK5000400440116243" });
    expect(maskedAccount(iban)).toBe("DK •••• 6243");
    expect(maskedAccount({ bankRegNo: null, bankAccountNo: null, iban: null })).toBeNull();
  });
});
