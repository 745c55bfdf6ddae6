import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { verifySecret } from "../auth/password";
import { DEMO_USERS } from "../db/seed/demo-data";
import { testDb } from "../testing/db";
import { linkTokenHash as tokenHash } from "../auth/link-token";
import { changeAdminRight, inviteAdmin, listAdmins, removeAdmin } from "./admins";
import { addJoiner, removeLeaver } from "./changes";
import { adminOf, csv, meta, seededAdmins, TODAY } from "./employer-testing";
import { loadHistory } from "./history";
import { applyImport, confirmImport, dryRunImport } from "./import";
import { acceptAsExistingUser, acceptAsNewUser, findInvitation } from "./invitations";
import { loadSchemeOf } from "./scheme";

// Issue 12 point 8 on real PostgreSQL with the demo seed: Hanne manages Fjordværk, Rikke only views
// it, Kasper manages Kystbyg. Invitations, rights, the last manager, and the change history.

let hanne: CurrentUser;
let kasper: CurrentUser;
let rikke: CurrentUser;
beforeAll(async () => {
  ({ hanne, kasper } = await seededAdmins());
  rikke = await adminOf(DEMO_USERS.employerViewer.email);
});

const ip = { ip: "127.0.0.1" };
const fjordvaerkId = () => hanne.employer!.id;

/** The token of the newest invitation mail to the address, read from the outbox as the invitee would. */
async function invitationToken(to: string): Promise<string> {
  const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to, template: "employer-admin-invitation" }, orderBy: { createdAt: "desc" } });
  const match = /\/employer-invitation\/([A-Za-z0-9_-]+)/.exec(mail.textBody);
  expect(match, "the mail holds the link").not.toBeNull();
  return match![1]!;
}

async function adminRowOf(email: string) {
  return testDb().employerAdmin.findFirstOrThrow({ where: { user: { email } } });
}

describe("rights as seeded", () => {
  it("gives Hanne and Kasper manage, Rikke view, and lists Fjordværk's admins only", async () => {
    expect([hanne.employer?.right, kasper.employer?.right, rikke.employer?.right]).toEqual(["MANAGE", "MANAGE", "VIEW"]);
    const view = await listAdmins(testDb(), rikke);
    expect(view.canManage).toBe(false);
    expect(view.admins.map((a) => [a.email, a.right])).toEqual([[DEMO_USERS.employerAdmin.email, "MANAGE"], [DEMO_USERS.employerViewer.email, "VIEW"]]);
  });
});

describe("invite → accept", () => {
  it("a new admin sets a password from the mail's link and then acts for that employer only", async () => {
    await inviteAdmin(testDb(), hanne, { email: "ny.admin@example.test", right: "MANAGE" }, { ...ip, locale: "en" });
    const token = await invitationToken("ny.admin@example.test");
    const stored = await testDb().employerAdminInvitation.findFirstOrThrow({ where: { email: "ny.admin@example.test" } });
    expect(stored.tokenHash).toBe(tokenHash(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: "ny.admin@example.test" } });
    expect(mail.subject).toContain("Fjordværk ApS");
    expect(mail.textBody).toContain("Hanne Rasmussen has invited you");

    expect(await findInvitation(testDb(), token)).toEqual({ email: "ny.admin@example.test", employerName: "Fjordværk ApS", right: "MANAGE", hasAccount: false });
    await acceptAsNewUser(testDb(), { token, displayName: "Ny Admin", password: "Ny-Admin-2026" }, { ...ip, locale: "en" });
    const user = await testDb().user.findUniqueOrThrow({ where: { email: "ny.admin@example.test" } });
    expect(user.roles).toEqual(["EMPLOYER_ADMIN"]);
    expect(await verifySecret(user.passwordHash!, "Ny-Admin-2026")).toBe(true);
    // The link works once.
    expect(await findInvitation(testDb(), token)).toBeNull();
    await expect(acceptAsNewUser(testDb(), { token, displayName: "Again", password: "Ny-Admin-2026" }, { ...ip, locale: "en" })).rejects.toMatchObject({ messageKey: "employerAdmins.errors.invitationInvalid" });

    const newAdmin = await adminOf("ny.admin@example.test");
    expect(newAdmin.employer).toMatchObject({ id: fjordvaerkId(), right: "MANAGE" });
    const joined = await addJoiner(testDb(), newAdmin, { firstName: "Via", lastName: "Invitation", birthDate: "1990-02-02", employeeNumber: "F8001", startDate: TODAY, email: undefined, intent: "confirm" }, meta);
    expect(joined.outcome).toBe("join");
    // Kystbyg's admins and staff stay out of reach.
    const kystbygAdmin = await adminRowOf(kasper.email);
    await expect(removeAdmin(testDb(), newAdmin, { adminId: kystbygAdmin.id }, ip)).rejects.toMatchObject({ messageKey: "employerAdmins.errors.notFound" });
    await expect(changeAdminRight(testDb(), newAdmin, { adminId: kystbygAdmin.id, right: "VIEW" }, ip)).rejects.toMatchObject({ messageKey: "employerAdmins.errors.notFound" });
    const kystbygStaff = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "K00001" } });
    await expect(removeLeaver(testDb(), newAdmin, { enrolmentId: kystbygStaff.id, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta)).rejects.toMatchObject({ messageKey: "employer.errors.notFound" });
    expect(await testDb().employerAdmin.count({ where: { employerId: kasper.employer!.id } })).toBe(1);
  });

  it("an existing member accepts signed in as the invited address; another employer's admin is refused", async () => {
    await inviteAdmin(testDb(), hanne, { email: DEMO_USERS.mainInsured.email, right: "VIEW" }, { ...ip, locale: "da" });
    const token = await invitationToken(DEMO_USERS.mainInsured.email);
    expect(await findInvitation(testDb(), token)).toMatchObject({ hasAccount: true });
    const mette = await testDb().user.findUniqueOrThrow({ where: { email: DEMO_USERS.mainInsured.email } });
    await expect(acceptAsExistingUser(testDb(), { userId: kasper.userId, email: kasper.email }, token, ip)).rejects.toMatchObject({ messageKey: "employerAdmins.errors.wrongAccount" });
    await acceptAsExistingUser(testDb(), { userId: mette.id, email: mette.email }, token, ip);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: mette.id } })).roles.sort()).toEqual(["EMPLOYER_ADMIN", "MEMBER"]);
    expect((await adminOf(mette.email)).employer).toMatchObject({ id: fjordvaerkId(), right: "VIEW" });

    await expect(inviteAdmin(testDb(), hanne, { email: kasper.email, right: "VIEW" }, { ...ip, locale: "da" })).rejects.toMatchObject({ messageKey: "employerAdmins.errors.otherEmployer" });
    await expect(inviteAdmin(testDb(), hanne, { email: mette.email, right: "VIEW" }, { ...ip, locale: "da" })).rejects.toMatchObject({ messageKey: "employerAdmins.errors.alreadyAdmin" });
  });
});

describe("a view admin changes nothing", () => {
  it("is refused on every mutation: joiner, leaver, import upload and confirm, invite, right, removal", async () => {
    const before = await testDb().employerChange.count();
    const staff = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0004" } });
    const rikkeRow = await adminRowOf(DEMO_USERS.employerViewer.email);
    const hanneRow = await adminRowOf(hanne.email);
    const refusals = [
      () => addJoiner(testDb(), rikke, { firstName: "Nej", lastName: "Tak", birthDate: "1990-01-01", employeeNumber: "F8002", startDate: TODAY, email: undefined, intent: "confirm" }, meta),
      () => removeLeaver(testDb(), rikke, { enrolmentId: staff.id, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta),
      () => dryRunImport(testDb(), rikke, { name: "x.csv", bytes: csv(["handling;medarbejdernummer;dato", `afmeld;F0004;${TODAY}`]) }, meta),
      () => inviteAdmin(testDb(), rikke, { email: "nogen@example.test", right: "VIEW" }, { ...ip, locale: "da" }),
      () => changeAdminRight(testDb(), rikke, { adminId: rikkeRow.id, right: "MANAGE" }, ip),
      () => removeAdmin(testDb(), rikke, { adminId: hanneRow.id }, ip),
    ];
    for (const attempt of refusals) await expect(attempt()).rejects.toMatchObject({ messageKey: expect.stringMatching(/errors\.forbidden$/) });
    // An import Hanne checked cannot be confirmed by Rikke.
    const checked = await dryRunImport(testDb(), hanne, { name: "y.csv", bytes: csv(["handling;medarbejdernummer;dato", `afmeld;F0005;${TODAY}`]) }, meta);
    if (!checked.ok) throw new Error(checked.error);
    await expect(confirmImport(testDb(), rikke, checked.importId, meta)).rejects.toMatchObject({ messageKey: "employer.errors.forbidden" });
    expect(await testDb().employerImport.findUniqueOrThrow({ where: { id: checked.importId }, select: { status: true } })).toEqual({ status: "CHECKED" });
    expect(await testDb().employerChange.count()).toBe(before);
    // Seeing is allowed.
    expect(await loadSchemeOf(testDb(), rikke, "employer.view", TODAY)).toMatchObject({ canManage: false });
  });
});

describe("the last manager", () => {
  it("cannot be removed or demoted; with a second manager, they can", async () => {
    const kasperRow = await adminRowOf(kasper.email);
    await expect(removeAdmin(testDb(), kasper, { adminId: kasperRow.id }, ip)).rejects.toMatchObject({ messageKey: "employerAdmins.errors.lastManager" });
    await expect(changeAdminRight(testDb(), kasper, { adminId: kasperRow.id, right: "VIEW" }, ip)).rejects.toMatchObject({ messageKey: "employerAdmins.errors.lastManager" });
    expect(await testDb().employerAdmin.findUniqueOrThrow({ where: { id: kasperRow.id } })).toMatchObject({ right: "MANAGE" });

    await inviteAdmin(testDb(), kasper, { email: "anden@kystbyg.test", right: "MANAGE" }, { ...ip, locale: "da" });
    await acceptAsNewUser(testDb(), { token: await invitationToken("anden@kystbyg.test"), displayName: "Anden Leder", password: "Anden-Leder-2026" }, { ...ip, locale: "da" });
    await removeAdmin(testDb(), kasper, { adminId: kasperRow.id }, ip);
    const removed = await testDb().user.findUniqueOrThrow({ where: { id: kasper.userId } });
    expect([removed.roles, removed.employerId]).toEqual([[], null]);
    expect((await adminOf(kasper.email)).employer).toBeNull();
  });
});

describe("change history", () => {
  it("records every change with who made it, newest first, without health data", async () => {
    const hanneAdmin = await adminOf(hanne.email);
    await addJoiner(testDb(), hanneAdmin, { firstName: "Historik", lastName: "Test", birthDate: "1990-03-03", employeeNumber: "F8100", startDate: TODAY, email: undefined, intent: "confirm" }, meta);
    const leaver = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0006" } });
    await removeLeaver(testDb(), hanneAdmin, { enrolmentId: leaver.id, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta);
    const imported = await dryRunImport(testDb(), hanneAdmin, { name: "historik.csv", bytes: csv(["handling;medarbejdernummer;dato", `afmeld;F0007;${TODAY}`]) }, meta);
    if (!imported.ok) throw new Error(imported.error);
    await confirmImport(testDb(), hanneAdmin, imported.importId, meta);
    await applyImport(testDb(), imported.importId, TODAY);
    const rikkeRow = await adminRowOf(DEMO_USERS.employerViewer.email);
    await changeAdminRight(testDb(), hanneAdmin, { adminId: rikkeRow.id, right: "MANAGE" }, ip);
    await changeAdminRight(testDb(), hanneAdmin, { adminId: rikkeRow.id, right: "VIEW" }, ip);
    await removeAdmin(testDb(), hanneAdmin, { adminId: (await adminRowOf(DEMO_USERS.mainInsured.email)).id }, ip);

    const history = await loadHistory(testDb(), fjordvaerkId(), 1);
    const mine = history.entries.map((e) => [e.change.kind, e.actor]);
    expect(mine.slice(0, 6)).toEqual([
      ["admin_removed", "Hanne Rasmussen"],
      ["admin_right_changed", "Hanne Rasmussen"],
      ["admin_right_changed", "Hanne Rasmussen"],
      ["import_applied", "Hanne Rasmussen"],
      ["leaver_removed", "Hanne Rasmussen"],
      ["joiner_added", "Hanne Rasmussen"],
    ]);
    expect(history.entries[0]!.change).toEqual({ kind: "admin_removed", email: DEMO_USERS.mainInsured.email });
    expect(history.entries[1]!.change).toEqual({ kind: "admin_right_changed", email: DEMO_USERS.employerViewer.email, from: "MANAGE", to: "VIEW" });
    expect(history.entries[3]!.change).toEqual({ kind: "import_applied", fileName: "historik.csv", appliedRows: 1 });
    expect(history.entries[4]!.change).toMatchObject({ kind: "leaver_removed", employeeNumber: "F0006", coverEndsOn: "2026-12-31" });
    expect(history.entries[5]!.change).toEqual({ kind: "joiner_added", name: "Historik Test", employeeNumber: "F8100", startDate: TODAY });
    // The earlier tests' invitations and acceptances are there too, each with its actor.
    const kinds = history.entries.map((e) => `${e.change.kind}:${e.actor}`);
    expect(kinds).toContain("admin_invited:Hanne Rasmussen");
    expect(kinds).toContain("admin_joined:Ny Admin");
    // Kystbyg's history holds Kystbyg's changes only.
    const kystbyg = await loadHistory(testDb(), kasper.employer!.id, 1);
    expect(kystbyg.entries.map((e) => e.change.kind)).toEqual(["admin_removed", "admin_joined", "admin_invited"]);
  });

  it("pages 25 at a time", async () => {
    const first = await loadHistory(testDb(), fjordvaerkId(), 1);
    const total = await testDb().employerChange.count({ where: { employerId: fjordvaerkId() } });
    expect(first.entries.length).toBe(Math.min(total, 25));
    expect(first.hasNext).toBe(total > 25);
    const beyond = await loadHistory(testDb(), fjordvaerkId(), 99);
    expect(beyond.entries).toEqual([]);
  });
});

describe("an import uploaded by one admin and confirmed by another", () => {
  // Issue 12 point 8: whoever confirms makes the change. Rikke is given manage here, so she can confirm.
  const leaverFile = (name: string, employeeNumber: string, joiner: string) =>
    dryRunImport(testDb(), hanne, {
      name,
      bytes: csv(["handling;medarbejdernummer;fornavn;efternavn;fødselsdato;dato;email;årsag", `afmeld;${employeeNumber};;;;${TODAY};;`, `tilmeld;${joiner};Bekræftet;Af Rikke;01-01-1990;${TODAY};${joiner.toLowerCase()}@example.test;`]),
    }, meta);

  async function rikkeWith(right: "VIEW" | "MANAGE"): Promise<CurrentUser> {
    await changeAdminRight(testDb(), hanne, { adminId: (await adminRowOf(DEMO_USERS.employerViewer.email)).id, right }, ip);
    return adminOf(DEMO_USERS.employerViewer.email);
  }

  it("acts as the confirmer: enrolments, history, audit and the invitation's language are hers; the uploader stays recorded", async () => {
    const rikkeManage = await rikkeWith("MANAGE");
    await testDb().user.update({ where: { id: rikkeManage.userId }, data: { locale: "en" } });
    const checked = await leaverFile("bekraeftet.csv", "F0008", "F8200");
    if (!checked.ok) throw new Error(checked.error);
    await confirmImport(testDb(), rikkeManage, checked.importId, meta);
    const queued = await testDb().employerImport.findUniqueOrThrow({ where: { id: checked.importId } });
    expect(queued).toMatchObject({ status: "QUEUED", createdByUserId: hanne.userId, confirmedByUserId: rikkeManage.userId });
    expect(queued.confirmedAt).toBeInstanceOf(Date);

    expect(await applyImport(testDb(), checked.importId, TODAY)).toBe("applied");
    const [latest] = (await loadHistory(testDb(), fjordvaerkId(), 1)).entries;
    expect(latest).toMatchObject({ actor: DEMO_USERS.employerViewer.displayName, change: { kind: "import_applied", fileName: "bekraeftet.csv", appliedRows: 2 } });
    expect(await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0008" } })).toMatchObject({ endedByUserId: rikkeManage.userId });
    expect(await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F8200" } })).toMatchObject({ createdByUserId: rikkeManage.userId });
    expect(await testDb().auditEvent.findFirstOrThrow({ where: { action: "employer.import_applied", subjectId: checked.importId } })).toMatchObject({ actorUserId: rikkeManage.userId, metadata: { uploadedByUserId: hanne.userId } });
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: "f8200@example.test" } });
    expect(mail.textBody).toContain("Activation code:");
    expect((await testDb().employerImport.findUniqueOrThrow({ where: { id: checked.importId } })).createdByUserId).toBe(hanne.userId);
  });

  it("fails with a stored reason and changes nothing when the confirmer lost the manage right before the job ran", async () => {
    const rikkeManage = await rikkeWith("MANAGE");
    const checked = await leaverFile("degraderet.csv", "F0009", "F8201");
    if (!checked.ok) throw new Error(checked.error);
    await confirmImport(testDb(), rikkeManage, checked.importId, meta);
    await rikkeWith("VIEW");
    const fingerprint = async () => JSON.stringify(await testDb().enrolment.findMany({ orderBy: { id: "asc" }, select: { id: true, endDate: true, endedByUserId: true } }));
    const [before, changes, mails] = [await fingerprint(), await testDb().employerChange.count(), await testDb().outboundEmail.count()];

    expect(await applyImport(testDb(), checked.importId, TODAY)).toBe("not-applied");
    const failed = await testDb().employerImport.findUniqueOrThrow({ where: { id: checked.importId } });
    expect(failed).toMatchObject({ status: "FAILED", appliedRows: 0, appliedAt: null, confirmedByUserId: rikkeManage.userId });
    expect(failed.error).toMatch(/confirmed this import no longer has the manage right/);
    expect(await fingerprint()).toBe(before);
    expect(await testDb().enrolment.count({ where: { employeeNumber: "F8201" } })).toBe(0);
    expect(await testDb().employerChange.count()).toBe(changes);
    expect(await testDb().outboundEmail.count()).toBe(mails);
    expect(await testDb().continuationOffer.count({ where: { groupEnrolment: { employeeNumber: "F0009" } } })).toBe(0);
    // The job does not run it again.
    expect(await applyImport(testDb(), checked.importId, TODAY)).toBe("skipped");
  });
});
