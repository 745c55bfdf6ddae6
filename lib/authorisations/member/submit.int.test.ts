import { afterAll, beforeAll, describe, expect, it } from "vitest";
import crypto from "node:crypto";
import { seedDemo } from "../../db/seed/demo";
import { loadClaimFacts } from "../../cover/facts";
import { testDb } from "../../testing/db";
import { tempStore } from "../../testing/documents-db";
import { demoRefs, demoUser, jensenFamily } from "../../testing/jobs-fixtures";
import { DEMO_USERS } from "../../db/seed/demo-data";
import { decideAutomatically } from "../auto-decide";
import { makeRequestFormSchema, type RequestFormInput } from "../request-schema";
import { submitRequest } from "./submit";

const files = tempStore();
let refs: Awaited<ReturnType<typeof demoRefs>>;
const noJob = async () => undefined;
const NOW = new Date("2026-12-02T09:00:00Z");

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
});
afterAll(() => files.cleanup());

const form = (input: Partial<RequestFormInput> = {}) =>
  makeRequestFormSchema({ today: "2026-12-02", nowLocal: "2026-12-02T10:00" }).parse({
    idempotencyKey: crypto.randomUUID(),
    personId: refs.mettePerson.id,
    category: "physiotherapy",
    setting: "out_patient",
    diagnosis: "Menisklæsion",
    plannedTreatment: "Genoptræning, 10 behandlinger",
    providerName: "Fysioterapi Nord",
    plannedDate: "2026-12-10",
    estimatedCost: "6000",
    sessions: "10",
    ...input,
  });

describe("submitRequest", () => {
  it("is idempotent: the same form submitted twice is one request, one event, one mail", async () => {
    const user = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
    const values = form();
    const [a, b] = await Promise.all([submitRequest(testDb(), user, values, { now: NOW, afterCommit: noJob }), submitRequest(testDb(), user, values, { now: NOW, afterCommit: noJob })]);
    const again = await submitRequest(testDb(), user, values, { now: NOW, afterCommit: noJob });
    expect(new Set([a.authorisationId, b.authorisationId, again.authorisationId]).size).toBe(1);
    expect([a.created, b.created, again.created].filter(Boolean)).toHaveLength(1);
    const row = await testDb().authorisation.findUniqueOrThrow({ where: { id: a.authorisationId }, include: { events: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", estimatedCostMinor: 600_000, sessionsRequested: 10, kind: "PRE_AUTHORISATION" });
    expect(row.reference).toMatch(/^PA-2026-\d{6}$/);
    expect(row.dueAt!.toISOString()).toBe("2026-12-04T09:00:00.000Z");
    expect(row.events.map((e) => e.kind)).toEqual(["RECEIVED"]);
    const mails = await testDb().outboundEmail.findMany({ where: { template: "authorisation-received", textBody: { contains: row.reference } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.textBody).not.toContain("Menisklæsion");
  });

  it("refuses a person the member may not act for (FAM-7: the adult spouse without consent)", async () => {
    const user = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
    const { lars } = await jensenFamily(testDb());
    await expect(submitRequest(testDb(), user, form({ personId: lars }), { now: NOW, afterCommit: noJob })).rejects.toMatchObject({ field: "personId", messageKey: "authorisations.errors.personNotAllowed" });
  });
});

describe("decideAutomatically (GOP-2)", () => {
  it("approves a rule-clear physiotherapy series with the engine's amounts, the letter and the mails; a claim then finds it", async () => {
    const user = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
    const { authorisationId } = await submitRequest(testDb(), user, form(), { now: NOW, afterCommit: noJob });
    expect(await decideAutomatically(testDb(), authorisationId, NOW, files.store)).toMatchObject({ outcome: "approved" });
    expect(await decideAutomatically(testDb(), authorisationId, NOW, files.store)).toEqual({ outcome: "skipped" });
    const row = await testDb().authorisation.findUniqueOrThrow({ where: { id: authorisationId }, include: { events: { orderBy: { createdAt: "asc" } }, documents: true } });
    expect(row).toMatchObject({ status: "APPROVED", sessionsApproved: 10 });
    expect(row.approvedAmountMinor! + row.memberShareMinor!).toBe(600_000);
    expect(row.events.map((e) => e.kind)).toEqual(["RECEIVED", "AUTO_DECIDED", "GOP_ISSUED"]);
    expect(row.letterDocumentId).toBe(row.documents[0]!.id);
    expect(await files.store.exists(row.documents[0]!.storageKey)).toBe(true);

    // PA-5: a claim for the same treatment finds the approval, so PA-4 does not reduce it.
    const facts = await loadClaimFacts(testDb(), { policyId: row.policyId, personId: row.personId });
    expect(facts.preAuthorisations.map((p) => p.id)).toContain(row.reference);
  });

  it("sends in-patient treatment to review with the rule id", async () => {
    const user = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
    const { authorisationId } = await submitRequest(testDb(), user, form({ category: "in_patient_treatment", setting: "in_patient", sessions: "", estimatedCost: "45000" }), { now: NOW, afterCommit: noJob });
    expect(await decideAutomatically(testDb(), authorisationId, NOW, files.store)).toEqual({ outcome: "review", ruleIds: expect.arrayContaining(["PA-1"]) });
    const row = await testDb().authorisation.findUniqueOrThrow({ where: { id: authorisationId } });
    expect(row).toMatchObject({ status: "IN_REVIEW", kind: "GUARANTEE_OF_PAYMENT" });
    expect(row.reviewReason).toContain("PA-1");
  });

  it("PA-3: an emergency notice records how long after treatment began it came", async () => {
    const user = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
    const { authorisationId } = await submitRequest(testDb(), user, form({ emergency: true, plannedDate: "", treatmentStartedAt: "2026-11-29T08:00" }), { now: NOW, afterCommit: noJob });
    const events = await testDb().authorisationEvent.findMany({ where: { authorisationId, kind: "EMERGENCY_NOTIFIED" } });
    expect(events[0]!.data).toEqual({ hoursAfterStart: 74, late: true });
  });
});
