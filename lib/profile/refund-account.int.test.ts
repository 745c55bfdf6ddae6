import { afterAll, describe, expect, it } from "vitest";
import { settleOutboxKicks } from "../mail/outbox";
import { Refusal } from "../server/refusal";
import { createMember, testDb } from "../testing/db";
import { asMember } from "../testing/follow-up-fixtures";
import { changeRefundAccount, loadProfile } from "./refund-account";
import { refundAccountSchema } from "./refund-account-schema";

/** Changing the refund account: password re-entry, one transaction with audit and mail, own person only. */

const PASSWORD = "Rigtig-Kode-2026";

afterAll(async () => settleOutboxKicks());

async function member() {
  const m = await createMember({ password: PASSWORD });
  await testDb().person.update({ where: { id: m.person.id }, data: { bankRegNo: "1111", bankAccountNo: "0000001234" } });
  return { ...m, current: asMember(m.user, m.person) };
}

const input = (fields: Record<string, string>) => refundAccountSchema.parse({ regNo: "", accountNo: "", iban: "", currentPassword: PASSWORD, ...fields });

describe("changeRefundAccount", () => {
  it("stores the IBAN, audits from/to masked, and e-mails the member, all together", async () => {
    const m = await member();
    const result = await changeRefundAccount(testDb(), m.current, input({ accountType: "iban", iban: "DK50 0040 0440 1162 43" }), { ip: "203.0.113.5" });
    expect(result.masked).toBe("DK •••• 6243");
    const person = await testDb().person.findUniqueOrThrow({ where: { id: m.person.id } });
    expect(person).toMatchObject({ iban: "DK5000400440116243", bankRegNo: null, bankAccountNo: null });
    expect(person.bankAccountChangedAt).not.toBeNull();
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { actorUserId: m.user.id, action: "profile.refundAccountChanged" } });
    expect(audit).toMatchObject({ personId: m.person.id, ip: "203.0.113.5", metadata: { from: "1111 •••• 1234", to: "DK •••• 6243" } });
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: m.user.email, template: "refund-account-changed" } });
    expect(mail.textBody).toContain("DK •••• 6243");
    expect(mail.textBody).not.toContain("DK5000400440116243");

    const profile = await loadProfile(testDb(), m.current);
    expect(profile).toMatchObject({ refundAccount: "DK •••• 6243", accountType: "iban", memberNumber: m.person.memberNumber });
  });

  it("refuses a wrong password on the password field, changes nothing and sends nothing, but audits the attempt", async () => {
    const m = await member();
    const attempt = changeRefundAccount(testDb(), m.current, input({ accountType: "dk", regNo: "9999", accountNo: "123", currentPassword: "forkert" }), { ip: "203.0.113.6" });
    await expect(attempt).rejects.toEqual(new Refusal("profile.errors.passwordWrong", "currentPassword"));
    const person = await testDb().person.findUniqueOrThrow({ where: { id: m.person.id } });
    expect(person).toMatchObject({ bankRegNo: "1111", bankAccountNo: "0000001234", iban: null, bankAccountChangedAt: null });
    expect(await testDb().outboundEmail.count({ where: { to: m.user.email } })).toBe(0);
    expect(await testDb().auditEvent.count({ where: { actorUserId: m.user.id, action: "profile.refundAccountRefused" } })).toBe(1);
  });

  it("changes only the signed-in member's own person, whatever else is sent", async () => {
    const a = await member();
    const b = await member();
    await changeRefundAccount(testDb(), a.current, { ...input({ accountType: "dk", regNo: "2222", accountNo: "55" }), personId: b.person.id } as never, { ip: "1.2.3.4" });
    expect(await testDb().person.findUniqueOrThrow({ where: { id: a.person.id } })).toMatchObject({ bankRegNo: "2222", bankAccountNo: "0000000055" });
    expect(await testDb().person.findUniqueOrThrow({ where: { id: b.person.id } })).toMatchObject({ bankRegNo: "1111", bankAccountNo: "0000001234" });
  });
});
