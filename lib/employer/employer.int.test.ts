import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { testDb } from "../testing/db";
import { addJoiner, removeLeaver } from "./changes";
import { adminOf, meta, seededAdmins, TODAY } from "./employer-testing";
import { loadSchemeOverview } from "./overview";
import { loadSchemeOf } from "./scheme";
import { listStaff } from "./staff";

// Issue 12 points 1–3 on real PostgreSQL with the demo seed: Fjordværk (Hanne, 25 staff, 12
// co-insured) and Kystbyg (Kasper, 8 staff). Today is fixed (the services take it as input).

let hanne: CurrentUser;
let kasper: CurrentUser;
beforeAll(async () => {
  ({ hanne, kasper } = await seededAdmins());
});

const scheme = async (user: CurrentUser) => (await loadSchemeOf(testDb(), user, "employer.view", TODAY))!;
const all = { status: "all" as const, q: undefined, after: undefined, before: undefined };

describe("scheme overview", () => {
  it("counts staff by status and the co-insured, and prices the year to date in øre (GRP-1, GRP-3)", async () => {
    const overview = await loadSchemeOverview(testDb(), await scheme(hanne), TODAY);
    expect(overview.employer).toEqual({ name: "Fjordværk ApS", cvr: "27182818" });
    expect(overview.year).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(overview.headcount).toEqual({ active: 25, joining: 0, leaving: 0, ended: 0 });
    expect(overview.coInsured).toBe(12);
    // 21 staff from January (12 months) + 4 from April (9 months) = 288 employee-months × 15,800 øre.
    expect(overview.premium).toMatchObject({ perPersonMonthMinor: 15_800, insuredMonthsToDate: 288, yearToDateMinor: 288 * 15_800 });
  });
});

describe("staff list", () => {
  it("pages by employee number with keyset cursors, forwards and back", async () => {
    const ctx = await scheme(hanne);
    const first = await listStaff(testDb(), ctx, all, TODAY);
    expect(first.total).toBe(25);
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]).toMatchObject({ name: "Hanne Rasmussen", employeeNumber: "F0001", startDate: "2026-01-01", endDate: null, status: "active" });
    const kasperFirst = await listStaff(testDb(), await scheme(kasper), all, TODAY);
    expect(kasperFirst.rows.map((r) => r.employeeNumber)).toEqual(Array.from({ length: 8 }, (_, i) => `K0000${i + 1}`));
  });

  it("searches a name part or an employee number's start, and filters by status", async () => {
    const ctx = await scheme(hanne);
    expect((await listStaff(testDb(), ctx, { ...all, q: "rasmus" }, TODAY)).rows.map((r) => r.name)).toContain("Hanne Rasmussen");
    expect((await listStaff(testDb(), ctx, { ...all, q: "F001" }, TODAY)).rows.map((r) => r.employeeNumber)).toEqual(Array.from({ length: 10 }, (_, i) => `F001${i}`));
    expect((await listStaff(testDb(), ctx, { ...all, q: "100%_" }, TODAY)).total).toBe(0);
    // A cursor pages within the matches; the total stays the whole search's.
    const after = await listStaff(testDb(), ctx, { ...all, q: "F001", after: "F0014" }, TODAY);
    expect(after).toMatchObject({ total: 10, next: null, previous: "F0015" });
    expect(after.rows.map((r) => r.employeeNumber)).toEqual(["F0015", "F0016", "F0017", "F0018", "F0019"]);
    const before = await listStaff(testDb(), ctx, { ...all, q: "F001", before: "F0015" }, TODAY);
    expect(before).toMatchObject({ total: 10, next: "F0014", previous: null });
    expect(before.rows.map((r) => r.employeeNumber)).toEqual(["F0010", "F0011", "F0012", "F0013", "F0014"]);
    expect((await listStaff(testDb(), ctx, { ...all, status: "joining" }, TODAY)).total).toBe(0);
  });

  it("returns only name, number, dates and status: no health field can reach the page (GRP-3)", async () => {
    const page = await listStaff(testDb(), await scheme(hanne), all, TODAY);
    for (const row of page.rows) expect(Object.keys(row).sort()).toEqual(["employeeNumber", "endDate", "enrolmentId", "name", "startDate", "status"]);
  });
});

describe("isolation between employers (GRP-1)", () => {
  it("never lets Kystbyg's admin remove Fjordværk's staff", async () => {
    const fjord = await listStaff(testDb(), await scheme(hanne), all, TODAY);
    const target = fjord.rows[3]!;
    await expect(removeLeaver(testDb(), kasper, { enrolmentId: target.enrolmentId, employmentEndDate: "2026-12-20", reason: "employment_ended", intent: "confirm" }, meta)).rejects.toMatchObject({ messageKey: "employer.errors.notFound" });
    const after = await testDb().enrolment.findUniqueOrThrow({ where: { id: target.enrolmentId } });
    expect(after.endDate).toBeNull();
  });

  it("refuses an admin without an employer and a member", async () => {
    const noEmployer = { ...hanne, employer: null };
    await expect(loadSchemeOf(testDb(), noEmployer, "employer.view", TODAY)).rejects.toMatchObject({ messageKey: "employer.errors.noEmployer" });
    const member = await adminOf("mette@demo.dk");
    await expect(loadSchemeOf(testDb(), { ...member, employer: hanne.employer }, "employer.view", TODAY)).rejects.toMatchObject({ messageKey: "employer.errors.forbidden" });
  });
});

describe("joiners (GRP-2, ACC-1)", () => {
  const joiner = { firstName: "Ole", lastName: "Bak", birthDate: "1990-05-05", employeeNumber: "F9001", startDate: "2026-10-15", email: "ole.bak@example.test" };

  it("previews dates and the premium change without writing, then enrols and invites on confirm", async () => {
    const before = await testDb().enrolment.count();
    const preview = await addJoiner(testDb(), hanne, { ...joiner, intent: "preview" }, meta);
    expect(preview).toMatchObject({ outcome: "join", startDate: "2026-10-15", premiumChangeMinor: 3 * 15_800, retroactive: false });
    expect(await testDb().enrolment.count()).toBe(before);

    await addJoiner(testDb(), hanne, { ...joiner, intent: "confirm" }, meta);
    const enrolment = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F9001" }, include: { person: { include: { activationCodes: true } } } });
    expect(enrolment).toMatchObject({ role: "EMPLOYEE", status: "ACTIVE", createdByUserId: hanne.userId });
    expect(enrolment.person.activationCodes).toHaveLength(1);
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: joiner.email } });
    expect(mail.template).toBe("employer-joiner-invitation");
    expect(mail.textBody).toContain(enrolment.person.memberNumber);
    expect(await testDb().auditEvent.count({ where: { action: "employer.joiner_added", subjectId: enrolment.id } })).toBe(1);
    expect(await testDb().policyEvent.count({ where: { kind: "EMPLOYEE_JOINED", personId: enrolment.personId } })).toBe(1);
  });

  it("refuses a start 4 months back beside the date (GRP-2) and a number already on the scheme (GRP-1)", async () => {
    await expect(addJoiner(testDb(), hanne, { ...joiner, employeeNumber: "F9002", email: undefined, startDate: "2026-08-01", intent: "confirm" }, meta)).rejects.toMatchObject({ messageKey: "employer.errors.grp2", field: "startDate" });
    await expect(addJoiner(testDb(), hanne, { ...joiner, employeeNumber: "F0002", email: undefined, intent: "confirm" }, meta)).rejects.toMatchObject({ messageKey: "employer.errors.grp1Taken", field: "employeeNumber" });
    expect(await testDb().enrolment.count({ where: { employeeNumber: "F9002" } })).toBe(0);
  });
});

describe("leavers (ELG-4, GRP-2)", () => {
  it("removes a leaver 2 months back to the end of that month, with the retroactive warning and the credit", async () => {
    const target = (await listStaff(testDb(), await scheme(hanne), { ...all, q: "F0005" }, TODAY)).rows[0]!;
    const input = { enrolmentId: target.enrolmentId, employmentEndDate: "2026-10-07", reason: "employment_ended" as const };
    const preview = await removeLeaver(testDb(), hanne, { ...input, intent: "confirm" }, meta);
    expect(preview).toMatchObject({ outcome: "leave", coverEndsOn: "2026-10-31", retroactive: true, premiumChangeMinor: -2 * 15_800 });
    expect(preview.reasons.map((r) => r.ruleId)).toEqual(expect.arrayContaining(["ELG-4", "GRP-2", "GRP-4"]));
    const row = await testDb().enrolment.findUniqueOrThrow({ where: { id: target.enrolmentId } });
    expect(row.endDate?.toISOString().slice(0, 10)).toBe("2026-10-31");
    expect(row.endReason).toBe("EMPLOYMENT_ENDED");
    // The same leaver again changes nothing.
    expect((await removeLeaver(testDb(), hanne, { ...input, intent: "confirm" }, meta)).outcome).toBe("unchanged");
  });

  it("refuses a leaver 4 months back beside the date (GRP-2) and changes nothing", async () => {
    const target = (await listStaff(testDb(), await scheme(hanne), { ...all, q: "F0006" }, TODAY)).rows[0]!;
    await expect(removeLeaver(testDb(), hanne, { enrolmentId: target.enrolmentId, employmentEndDate: "2026-08-07", reason: "employment_ended", intent: "confirm" }, meta)).rejects.toMatchObject({ messageKey: "employer.errors.grp2", field: "employmentEndDate" });
    expect((await testDb().enrolment.findUniqueOrThrow({ where: { id: target.enrolmentId } })).endDate).toBeNull();
  });
});
