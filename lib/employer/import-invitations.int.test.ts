import { beforeAll, describe, expect, it } from "vitest";
import { activateAccount } from "../auth/accounts";
import type { CurrentUser } from "../auth/current-user.types";
import { testDb } from "../testing/db";
import { csv, meta, seededAdmins } from "./employer-testing";
import { applyImport, confirmImport, dryRunImport } from "./import";

// Issue 12 point 5 for the CSV import (ACC-1): every joiner with an e-mail that an import applies
// gets the joiner form's invitation, written in the import's transaction; the same file again
// sends nothing; the code in the mail activates the joiner's own login.

let hanne: CurrentUser;
beforeAll(async () => {
  ({ hanne } = await seededAdmins());
});

const FILE = csv([
  "handling;medarbejdernummer;fornavn;efternavn;fødselsdato;dato;email",
  "tilmeld;J0001;Jonna;Invite;14-02-1990;01-12-2026;jonna.invite@example.test",
  "tilmeld;J0002;Jesper;Invite;15-03-1985;01-12-2026;jesper.invite@example.test",
  "tilmeld;J0003;Jytte;Uden;01-01-1980;01-12-2026;",
]);

async function importFile(): Promise<number> {
  const outcome = await dryRunImport(testDb(), hanne, { name: "joiners.csv", bytes: FILE }, meta);
  if (!outcome.ok) throw new Error(outcome.error);
  const imp = await testDb().employerImport.findUniqueOrThrow({ where: { id: outcome.importId } });
  if (imp.changeRows > 0) {
    await confirmImport(testDb(), hanne, outcome.importId, meta);
    await applyImport(testDb(), outcome.importId, meta.today);
  }
  return imp.changeRows;
}

const invitations = () => testDb().outboundEmail.findMany({ where: { template: "employer-joiner-invitation", to: { endsWith: ".invite@example.test" } }, orderBy: { to: "asc" } });

describe("imported joiners are invited (ACC-1)", () => {
  it("sends one invitation per joiner with an e-mail, none again on a re-import, and its code activates the login", async () => {
    expect(await importFile()).toBe(3);
    const mails = await invitations();
    expect(mails.map((m) => m.to)).toEqual(["jesper.invite@example.test", "jonna.invite@example.test"]);
    const jonna = await testDb().person.findFirstOrThrow({ where: { lastName: "Invite", firstName: "Jonna" }, include: { activationCodes: true } });
    expect(jonna.activationCodes).toHaveLength(1);
    expect(await testDb().activationCode.count({ where: { person: { lastName: "Uden" } } })).toBe(0);
    const mail = mails.find((m) => m.to === "jonna.invite@example.test")!;
    expect(mail.textBody).toContain(jonna.memberNumber);
    expect(mail.textBody).toContain("Fjordværk ApS");

    expect(await importFile()).toBe(0);
    expect(await invitations()).toHaveLength(2);
    expect(await testDb().activationCode.count({ where: { person: { lastName: "Invite" } } })).toBe(2);

    const code = /Aktiveringskode: ([A-Z0-9]{8})/.exec(mail.textBody)?.[1];
    expect(code).toBeDefined();
    const wrong = await activateAccount(testDb(), { memberNumber: jonna.memberNumber, activationCode: "ZZZZZZZZ", email: "jonna.invite@example.test", password: "Jonna-Invite-2026!", ip: "127.0.0.9" });
    expect(wrong).toMatchObject({ ok: false, messageKey: "auth.errors.activationInvalid" });
    const activated = await activateAccount(testDb(), { memberNumber: jonna.memberNumber, activationCode: code!, email: "jonna.invite@example.test", password: "Jonna-Invite-2026!", ip: "127.0.0.9" });
    expect(activated).toMatchObject({ ok: true });
  });
});
