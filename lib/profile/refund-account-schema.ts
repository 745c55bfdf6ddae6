import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { z } from "zod";

/**
 * The refund account form's ONE schema (browser and server action): a Danish registration
 * number (4 digits) and account number (up to 10 digits), or an IBAN whose country format and
 * mod-97 check digits are right (ISO 13616, via ibantools). Changing it needs the password.
 * Messages are keys in the `profile` namespace.
 */

const digits = (value: string) => value.replace(/[\s-]/g, "");

export const refundAccountSchema = z
  .object({
    accountType: z.enum(["dk", "iban"], { error: "profile.errors.accountType" }),
    regNo: z.string().default("").transform(digits),
    accountNo: z.string().default("").transform(digits),
    iban: z.string().default("").transform((value) => electronicFormatIBAN(value) ?? ""),
    currentPassword: z.string({ error: "profile.errors.passwordRequired" }).min(1, "profile.errors.passwordRequired").max(128, "profile.errors.passwordRequired"),
  })
  .superRefine((value, ctx) => {
    if (value.accountType === "dk") {
      if (!/^\d{4}$/.test(value.regNo)) ctx.addIssue({ code: "custom", path: ["regNo"], message: "profile.errors.regNo" });
      if (!/^\d{1,10}$/.test(value.accountNo) || /^0+$/.test(value.accountNo)) ctx.addIssue({ code: "custom", path: ["accountNo"], message: "profile.errors.accountNo" });
    } else if (!value.iban) {
      ctx.addIssue({ code: "custom", path: ["iban"], message: "profile.errors.ibanRequired" });
    } else if (!isValidIBAN(value.iban)) {
      ctx.addIssue({ code: "custom", path: ["iban"], message: "profile.errors.iban" });
    }
  });

export type RefundAccountInput = z.output<typeof refundAccountSchema>;

/** What is stored: a Danish account padded to 10 digits, or the IBAN in electronic format; never both. */
export function storedAccount(input: RefundAccountInput): { bankRegNo: string | null; bankAccountNo: string | null; iban: string | null } {
  return input.accountType === "dk"
    ? { bankRegNo: input.regNo, bankAccountNo: input.accountNo.padStart(10, "0"), iban: null }
    : { bankRegNo: null, bankAccountNo: null, iban: input.iban };
}

/** For pages, mails and the audit log: only the last four digits show. */
export function maskedAccount(account: { bankRegNo: string | null; bankAccountNo: string | null; iban: string | null }): string | null {
  if (account.iban) return `${account.iban.slice(0, 2)} •••• ${account.iban.slice(-4)}`;
  if (account.bankRegNo && account.bankAccountNo) return `${account.bankRegNo} •••• ${account.bankAccountNo.slice(-4)}`;
  return null;
}
