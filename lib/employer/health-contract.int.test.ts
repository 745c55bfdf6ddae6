import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { acceptContinuation } from "../continuation/accept";
import { testDb } from "../testing/db";
import { createTranslator } from "next-intl";
import da from "../i18n/messages/da";
import { pdfText } from "../testing/pdf-text";
import { inviteAdmin, listAdmins } from "./admins";
import { addJoiner, removeLeaver } from "./changes";
import { csv, meta, seededAdmins, TODAY } from "./employer-testing";
import { dryRunImport, loadImport } from "./import";
import { loadSchemeOverview } from "./overview";
import { loadHistory } from "./history";
import { loadReconciliation, reconciliationCsv } from "./reconciliation";
import { renderReconciliationPdf } from "./reconciliation-pdf";
import { loadSchemeOf } from "./scheme";
import { STAFF_STATUSES } from "./schemas";
import { listStaff, type StaffPage } from "./staff";

/**
 * THE HEALTH-DATA CONTRACT (GRP-3, issue 12 point 9): every staff member and co-insured of both
 * demo employers gets a claim with a diagnosis, a clinic, paid amounts and a referral; then every
 * answer the employer pages render and the employer actions return — the overview, every staff
 * page of every filter, a search, joiner/leaver previews, an import's dry run — is scanned for
 * those values and for health field names. Any hit fails the suite. A leaver's continuation offer
 * (GRP-4) is the leaver's business too: no answer names an offer or an acceptance, and every answer
 * is the same before and after the leaver accepts.
 */

let hanne: CurrentUser;
let kasper: CurrentUser;
const HEALTH_KEYS = /diagnos|claim|referral|prescription|document|payable|paidMinor|paidAt|amountPaid|treatment|health|provider|settlement|authori[sz]ation|consent|continu|offer|preExisting|waiting|individual/i;
let secrets: string[] = [];

beforeAll(async () => {
  ({ hanne, kasper } = await seededAdmins());
  const db = testDb();
  // A claim for everyone on a group scheme, with values nobody else would print.
  await db.$executeRaw`
    WITH staff AS (
      SELECT e."personId", e."policyId", row_number() OVER (ORDER BY e.id) AS n FROM "Enrolment" e JOIN "Policy" p ON p.id = e."policyId" WHERE p.kind = 'GROUP'
    ), claims AS (
      INSERT INTO "Claim" (id, number, "policyId", "personId", "submittedById", status, currency, diagnosis, reason, "claimedTotalMinor", "payableTotalMinor", "reviewReason", "updatedAt")
      SELECT gen_random_uuid(), 'CX-HEALTH-' || n, "policyId", "personId", ${hanne.userId}::uuid, 'PAID', 'DKK', 'DIAGNOSIS-SECRET-' || n, 'REASON-SECRET-' || n, 987650 + n, 876540 + n, 'REVIEW-SECRET', now() FROM staff
      RETURNING id, number
    )
    INSERT INTO "ClaimLine" (id, "claimId", "lineNo", "treatmentDate", category, "providerName", country, "amountMinor", currency, "referralPresent", "payableMinor")
    SELECT gen_random_uuid(), id, 1, ${TODAY}::date, 'psychology', 'CLINIC-SECRET-' || number, 'DK', 987650, 'DKK', true, 876540 FROM claims`;
  const claims = await db.claim.findMany({ select: { number: true, diagnosis: true, reason: true, reviewReason: true, lines: { select: { providerName: true } } } });
  const declarations = await db.healthDeclaration.findMany({ select: { answers: true } });
  const documents = await db.document.findMany({ select: { originalName: true } });
  secrets = [
    ...claims.flatMap((c) => [c.number, c.diagnosis, c.reason, c.reviewReason, ...c.lines.map((l) => l.providerName)]),
    ...declarations.flatMap((d) => Object.values((d.answers ?? {}) as Record<string, unknown>).filter((v): v is string => typeof v === "string" && v.length > 6)),
    ...documents.map((d) => d.originalName),
    "9.876,5", "9,876.5", "8.765,4", "8,765.4",
  ].filter((s): s is string => typeof s === "string" && s.length > 0);
  expect(claims.length).toBeGreaterThan(40);
});

/** Every key and every string value of an answer, checked against the health keys and values. */
function scan(label: string, answer: unknown): void {
  const text = JSON.stringify(answer);
  const keys = [...text.matchAll(/"([A-Za-z_]+)":/g)].map((m) => m[1]!);
  expect(keys.filter((k) => HEALTH_KEYS.test(k)), `${label}: health field names`).toEqual([]);
  expect(secrets.filter((s) => text.includes(s)), `${label}: health values`).toEqual([]);
}

async function everyStaffPage(user: CurrentUser, status: "all" | (typeof STAFF_STATUSES)[number], q?: string): Promise<StaffPage[]> {
  const ctx = (await loadSchemeOf(testDb(), user, "employer.view", TODAY))!;
  const pages: StaffPage[] = [];
  let after: string | undefined;
  do {
    const page = await listStaff(testDb(), ctx, { status, q, after, before: undefined }, TODAY);
    pages.push(page);
    after = page.next ?? undefined;
  } while (after);
  return pages;
}

describe("no health data reaches an employer (GRP-3)", () => {
  it.each([["Fjordværk", () => hanne], ["Kystbyg", () => kasper]])("%s: the overview, every staff page of every filter, the reconciliation", async (_name, who) => {
    const user = who();
    scan("overview", await loadSchemeOverview(testDb(), (await loadSchemeOf(testDb(), user, "employer.view", TODAY))!, TODAY));
    for (const status of ["all", ...STAFF_STATUSES] as const) scan(`staff ${status}`, await everyStaffPage(user, status));
    scan("staff search", await everyStaffPage(user, "all", "en"));
    const reconciliation = await loadReconciliation(testDb(), (await loadSchemeOf(testDb(), user, "employer.view", TODAY))!);
    scan("reconciliation", reconciliation);
    scan("reconciliation CSV", reconciliationCsv(reconciliation));
  });

  it("the joiner and leaver previews, and an import's dry run over the whole staff", async () => {
    scan("joiner preview", await addJoiner(testDb(), hanne, { firstName: "Nye", lastName: "Ansat", birthDate: "1990-01-01", employeeNumber: "F7777", startDate: TODAY, email: undefined, intent: "preview" }, meta));
    const staff = (await everyStaffPage(hanne, "all")).flatMap((p) => p.rows);
    for (const row of staff) {
      scan(`leaver preview ${row.employeeNumber}`, await removeLeaver(testDb(), hanne, { enrolmentId: row.enrolmentId, employmentEndDate: TODAY, reason: "employment_ended", intent: "preview" }, meta));
    }
    const lines = ["handling;medarbejdernummer;dato", ...staff.map((r) => `afmeld;${r.employeeNumber};${TODAY}`), "afmeld;K00001;" + TODAY];
    const outcome = await dryRunImport(testDb(), hanne, { name: "all.csv", bytes: csv(lines) }, meta);
    if (!outcome.ok) throw new Error(outcome.error);
    scan("import dry run", await loadImport(testDb(), hanne, outcome.importId, TODAY, { withRows: true }));
  });
});

describe("a leaver's continuation offer stays theirs (GRP-3, GRP-4)", () => {
  /** Everything the employer's pages and files show, with the ids and times of a new dry run left out. */
  async function employerViews(enrolmentId: string, employeeNumber: string): Promise<unknown> {
    const ctx = (await loadSchemeOf(testDb(), hanne, "employer.view", TODAY))!;
    const reconciliation = await loadReconciliation(testDb(), ctx);
    const outcome = await dryRunImport(testDb(), hanne, { name: "again.csv", bytes: csv(["handling;medarbejdernummer;dato", `afmeld;${employeeNumber};${TODAY}`]) }, meta);
    if (!outcome.ok) throw new Error(outcome.error);
    const dryRun = await loadImport(testDb(), hanne, outcome.importId, TODAY, { withRows: true });
    return {
      overview: await loadSchemeOverview(testDb(), ctx, TODAY),
      staff: await Promise.all((["all", ...STAFF_STATUSES] as const).map((status) => everyStaffPage(hanne, status))),
      reconciliation, reconciliationCsv: reconciliationCsv(reconciliation),
      leaverPreview: await removeLeaver(testDb(), hanne, { enrolmentId, employmentEndDate: TODAY, reason: "employment_ended", intent: "preview" }, meta),
      dryRunRows: dryRun?.rows,
    };
  }

  it("the employer's views name no offer and are identical before and after the leaver accepts", async () => {
    const enrolment = await testDb().enrolment.findFirstOrThrow({ where: { employeeNumber: "F0020" }, include: { person: true } });
    const leaverUser = await testDb().user.create({ data: { email: "contract.leaver@example.test", roles: ["MEMBER"], personId: enrolment.personId, displayName: "Leaver" } });
    await removeLeaver(testDb(), hanne, { enrolmentId: enrolment.id, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta);
    const offer = await testDb().continuationOffer.findUniqueOrThrow({ where: { groupEnrolmentId: enrolment.id } });
    const before = await employerViews(enrolment.id, "F0020");
    scan("employer views with an open offer", before);

    const p = enrolment.person;
    const leaver: CurrentUser = {
      userId: leaverUser.id, sessionId: "s", email: leaverUser.email, displayName: "Leaver", roles: ["MEMBER"], locale: "da",
      person: { id: p.id, firstName: p.firstName, lastName: p.lastName, memberNumber: p.memberNumber }, policyNumber: null, employer: null,
    };
    const accepted = await acceptContinuation(testDb(), leaver, offer.id, { ip: "127.0.0.1", today: TODAY });
    secrets.push(accepted.policyNumber, offer.id);
    const after = await employerViews(enrolment.id, "F0020");
    scan("employer views after the acceptance", after);
    expect(after).toEqual(before);
  });
});

describe("employer roles and the change history (issue 12 point 8)", () => {
  it("the admins page, the change history after every kind of change, the reconciliation PDF's text the admins page, the change history after every kind of change, the reconciliation PDF's text", async () => {
    const t = createTranslator({ locale: "da", messages: da });
    await inviteAdmin(testDb(), hanne, { email: "kontrakt@example.test", right: "VIEW" }, { ip: meta.ip, locale: "da" });
    const staff = (await everyStaffPage(hanne, "all")).flatMap((p) => p.rows);
    await addJoiner(testDb(), hanne, { firstName: "Kontrakt", lastName: "Test", birthDate: "1990-01-01", employeeNumber: "F7778", startDate: TODAY, email: undefined, intent: "confirm" }, meta);
    await removeLeaver(testDb(), hanne, { enrolmentId: staff[1]!.enrolmentId, employmentEndDate: TODAY, reason: "employment_ended", intent: "confirm" }, meta);
    for (const user of [hanne, kasper]) {
      scan("admins", await listAdmins(testDb(), user));
      const history = await loadHistory(testDb(), user.employer!.id, 1);
      if (user === hanne) expect(history.entries.slice(0, 3).map((e) => e.change.kind)).toEqual(["leaver_removed", "joiner_added", "admin_invited"]);
      scan("history", history);
      const ctx = (await loadSchemeOf(testDb(), user, "employer.view", TODAY))!;
      const pdf = await renderReconciliationPdf(await loadReconciliation(testDb(), ctx), "da", (key, values) => t(key as never, values as never));
      scan("reconciliation PDF", await pdfText(pdf));
    }
  });
});
