import { describe, expect, it } from "vitest";
import { activationSchema, changePasswordSchema, loginSchema, resetPasswordSchema } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("loginSchema", () => {
  it.each([
    [{ email: "", password: "" }, { email: "auth.errors.emailRequired", password: "auth.errors.passwordRequired" }],
    [{ email: "not-an-email", password: "x" }, { email: "auth.errors.emailInvalid" }],
    [{ email: " Mette@Demo.DK ", password: "x" }, {}],
  ])("%j → %j", (input, expected) => {
    expect(messages(loginSchema.safeParse(input))).toEqual(expected);
  });

  it("lower-cases the e-mail and drops an off-site callback URL", () => {
    expect(loginSchema.parse({ email: " Mette@Demo.DK ", password: "x", callbackUrl: "//evil.example" })).toEqual({ email: "mette@demo.dk", password: "x", callbackUrl: undefined });
    expect(loginSchema.parse({ email: "a@b.dk", password: "x", callbackUrl: "/member/claims" }).callbackUrl).toBe("/member/claims");
    expect(loginSchema.parse({ email: "a@b.dk", password: "x", callbackUrl: "https://evil.example" }).callbackUrl).toBeUndefined();
  });
});

describe("activationSchema", () => {
  const valid = { memberNumber: "10000010", activationCode: "nord-2026", email: "a@b.dk", password: "Secret-pass-1", confirmPassword: "Secret-pass-1" };
  it.each([
    [{}, {}],
    [{ memberNumber: "123" }, { memberNumber: "auth.errors.memberNumberInvalid" }],
    [{ activationCode: "ABC" }, { activationCode: "auth.errors.activationCodeInvalid" }],
    [{ password: "short1", confirmPassword: "short1" }, { password: "auth.errors.passwordTooShort" }],
    [{ password: "onlyletterslong", confirmPassword: "onlyletterslong" }, { password: "auth.errors.passwordTooSimple" }],
    [{ confirmPassword: "Different-pass-1" }, { confirmPassword: "auth.errors.passwordsDiffer" }],
  ])("%j → %j", (change, expected) => {
    expect(messages(activationSchema.safeParse({ ...valid, ...change }))).toEqual(expected);
  });

  it("normalises the code as printed (lower case, dash, spaces)", () => {
    expect(activationSchema.parse({ ...valid, activationCode: " nord 2026 " }).activationCode).toBe("NORD2026");
  });
});

describe("password change and reset", () => {
  it("refuses reusing the current password", () => {
    expect(messages(changePasswordSchema.safeParse({ currentPassword: "Secret-pass-1", password: "Secret-pass-1", confirmPassword: "Secret-pass-1" }))).toEqual({
      password: "auth.errors.passwordUnchanged",
    });
  });

  it("refuses a malformed reset token", () => {
    expect(messages(resetPasswordSchema.safeParse({ token: "short", password: "Secret-pass-1", confirmPassword: "Secret-pass-1" }))).toEqual({
      token: "auth.errors.resetLinkInvalid",
    });
  });
});
