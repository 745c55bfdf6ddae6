import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../auth/current-user.types";
import { seedDemo } from "../../db/seed/demo";
import { DEMO_USERS } from "../../db/seed/demo-data";
import { testDb } from "../../testing/db";
import { demoUser, jensenFamily } from "../../testing/jobs-fixtures";
import { claimDraftSchema, type ClaimDraftInput } from "./claim-draft-schema";
import { claimFormSchema, makeClaimFormSchema, type ClaimFormInput } from "./claim-form-schema";
import { loadClaimFormContext } from "../../cover/facts";
import { estimateClaim } from "./estimate";
import { ClaimRefusal } from "./claim-writes";
import { loadDraftForEdit, saveDraft } from "./drafts";
import { submitClaim, type SubmitOptions } from "./submit";
import { copenhagenDay } from "../../i18n/format";

/**
 * The claim form's server side against a real PostgreSQL with the demo data: idempotent submit,
 * drafts turning into claims with their documents, all-or-nothing transactions, FAM-7 and plan checks.
 */

const NOW = new Date("2026-11-21T10:00:00Z");
const TODAY = copenhagenDay(NOW);
const queued: string[] = [];
const options: SubmitOptions = { now: NOW, afterCommit: async (claimId) => void queued.push(claimId) };

let mette: CurrentUser;
let persons: { mette: string; lars: string; emma: string };

async function upload(user: CurrentUser, name = "faktura.pdf"): Promise<string> {
  const doc = await testDb().document.create({
    data: { storageKey: crypto.randomUUID(), originalName: name, mimeType: "application/pdf", sizeBytes: 1234, sha256: "0".repeat(64), ownerUserId: user.userId },
  });
  return doc.id;
}

function form(overrides: Partial<ClaimFormInput> = {}): ClaimFormInput {
  return {
    idempotencyKey: crypto.randomUUID(),
    locale: "da",
    personId: persons.mette,
    lines: [{ treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerName: "Lægehuset Frederiksberg", amount: "600" }],
    diagnosis: "Halsbetændelse",
    emergency: false,
    otherInsurance: { declared: false, sygeforsikringDanmark: false },
    documents: [],
    ...overrides,
  };
}

const parse = (input: ClaimFormInput) => makeClaimFormSchema({ today: TODAY }).parse(input);
const parseDraft = (input: ClaimDraftInput) => claimDraftSchema.parse(input);

async function refusal(promise: Promise<unknown>): Promise<Record<string, string[]>> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ClaimRefusal) return error.fieldErrors;
    throw error;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  await seedDemo(testDb());
  mette = await demoUser(testDb(), DEMO_USERS.mainInsured.email);
  persons = await jensenFamily(testDb());
}, 120_000);

describe("submitClaim", () => {
  it("writes claim, lines, document links, the RECEIVED event and the mail; the stored decision equals the browser's estimate", async () => {
    const invoice = await upload(mette);
    const referral = await upload(mette, "henvisning æøå.pdf");
    const input = form({
      documents: [
        { documentId: invoice, kind: "INVOICE", lineIndexes: [0] },
        { documentId: referral, kind: "REFERRAL", lineIndexes: [0] },
      ],
    });
    const result = await submitClaim(testDb(), mette, parse(input), options);
    expect(result.created).toBe(true);
    expect(result.number).toMatch(/^C-2026-\d{6}$/);
    expect(queued).toContain(result.claimId);

    const claim = await testDb().claim.findUniqueOrThrow({
      where: { id: result.claimId },
      include: { lines: { include: { documents: true } }, events: true, documents: true },
    });
    expect(claim).toMatchObject({ status: "SUBMITTED", personId: persons.mette, submittedById: mette.userId, currency: "DKK", claimedTotalMinor: 60_000, diagnosis: "Halsbetændelse" });
    expect(claim.submittedAt).toEqual(NOW);
    // CLM-5: 5 working days after Saturday 21 Nov 2026 is Friday 27 Nov.
    expect(claim.dueAt?.toISOString().slice(0, 10)).toBe("2026-11-27");
    expect(claim.lines).toHaveLength(1);
    expect(claim.lines[0]).toMatchObject({ lineNo: 1, category: "gp_consultation", amountMinor: 60_000, receiptPresent: true, referralPresent: true, prescriptionPresent: false });
    expect(claim.lines[0]?.documents.map((d) => d.documentId).sort()).toEqual([invoice, referral].sort());
    expect(claim.documents.map((d) => [d.id, d.kind, d.personId]).sort()).toEqual(
      [
        [invoice, "INVOICE", persons.mette],
        [referral, "REFERRAL", persons.mette],
      ].sort(),
    );
    expect(claim.events.map((e) => e.kind)).toEqual(["RECEIVED"]);

    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { template: "claim-received", textBody: { contains: result.number } } });
    expect(mail.to).toBe(DEMO_USERS.mainInsured.email);
    expect(mail.textBody).toContain(`/member/claims/${result.claimId}`);
    expect(mail.textBody).not.toContain("Halsbetændelse");
    expect(mail.textBody).not.toContain("Lægehuset");

    // The browser's estimate on the facts the page would hand it gives the same numbers.
    const context = await loadClaimFormContext(testDb(), mette, TODAY);
    const browser = estimateClaim(context.factsByPerson[persons.mette]!, parse(input), TODAY);
    const stored = claim.engineDecision as unknown as typeof browser;
    expect(stored.totals).toEqual(browser.totals);
    expect(stored.lines.map((l) => l.steps)).toEqual(browser.lines.map((l) => l.steps));
  });

  it("is idempotent: the same key twice gives the same claim", async () => {
    const input = parse(form());
    const first = await submitClaim(testDb(), mette, input, options);
    const second = await submitClaim(testDb(), mette, input, options);
    expect(second).toEqual({ ...first, created: false });
    expect(await testDb().claim.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("two concurrent submits with one key create exactly one claim", async () => {
    const input = parse(form());
    const results = await Promise.all([submitClaim(testDb(), mette, input, options), submitClaim(testDb(), mette, input, options), submitClaim(testDb(), mette, input, options)]);
    expect(new Set(results.map((r) => r.claimId)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const claim = await testDb().claim.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, include: { lines: true, events: true } });
    expect(claim.lines).toHaveLength(1);
    expect(claim.events).toHaveLength(1);
  });

  it("refuses a person the member may not see (an adult spouse without consent)", async () => {
    const before = await testDb().claim.count();
    expect(await refusal(submitClaim(testDb(), mette, parse(form({ personId: persons.lars })), options))).toEqual({ personId: ["claimForm.errors.personNotAllowed"] });
    expect(await testDb().claim.count()).toBe(before);
  });

  it("accepts a claim for the member's child", async () => {
    const result = await submitClaim(testDb(), mette, parse(form({ personId: persons.emma })), options);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: result.claimId } })).personId).toBe(persons.emma);
  });

  it("refuses a category the plan does not have, and another currency", async () => {
    const input = form({
      lines: [
        { treatmentDate: "2026-11-18", category: "teleportation", setting: "out_patient", providerName: "X", amount: "600" },
        { treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerName: "X", amount: "600", currency: "EUR" },
      ],
    });
    // The server's schema instance has no plan context: the check runs against the re-loaded plan.
    const parsed = claimFormSchema.parse(input);
    expect(await refusal(submitClaim(testDb(), mette, parsed, options))).toEqual({
      "lines.0.category": ["claimForm.errors.categoryUnknown"],
      "lines.1.currency": ["claimForm.errors.currencyMismatch"],
    });
  });

  it("refuses an authorisation reference the patient does not have, accepts their approved GOP", async () => {
    expect(await refusal(submitClaim(testDb(), mette, parse(form({ authorisationReference: "GOP-2026-999999" })), options))).toEqual({
      authorisationReference: ["claimForm.errors.authorisationUnknown"],
    });
    const gop = await testDb().authorisation.findFirstOrThrow({ where: { personId: persons.mette, status: "APPROVED" } });
    const result = await submitClaim(testDb(), mette, parse(form({ authorisationReference: gop.reference.toLowerCase() })), options);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: result.claimId } })).authorisationId).toBe(gop.id);
  });

  it("refuses someone else's document", async () => {
    const lars = await demoUser(testDb(), DEMO_USERS.spouse.email);
    const foreign = await upload(lars);
    const fieldErrors = await refusal(submitClaim(testDb(), mette, parse(form({ documents: [{ documentId: foreign, kind: "INVOICE", lineIndexes: [0] }] })), options));
    expect(fieldErrors.documents).toEqual(["documents.errors.notFound"]);
  });
});

describe("drafts", () => {
  function draftInput(overrides: Partial<ClaimDraftInput> = {}): ClaimDraftInput {
    return {
      idempotencyKey: crypto.randomUUID(),
      locale: "da",
      personId: persons.mette,
      lines: [{ treatmentDate: "2026-11-18", category: "gp_consultation", setting: "out_patient", providerName: "Lægehuset", amount: "600" }],
      diagnosis: "",
      ...overrides,
    };
  }

  it("saves a half-filled form with its uploads, and resumes it exactly", async () => {
    const invoice = await upload(mette);
    const input = draftInput({ lines: [{ amount: "45,5" }], documents: [{ documentId: invoice, kind: "", lineIndexes: [] }] });
    const saved = await saveDraft(testDb(), mette, parseDraft(input), { now: NOW });
    expect(saved.number).toMatch(/^D-2026-\d{6}$/);
    const row = await testDb().claim.findUniqueOrThrow({ where: { id: saved.draftId }, include: { documents: true, events: true } });
    expect(row).toMatchObject({ status: "DRAFT", idempotencyKey: input.idempotencyKey, claimedTotalMinor: 4_550 });
    // Attached to the draft, so the cleanup job keeps it.
    expect(row.documents.map((d) => [d.id, d.kind])).toEqual([[invoice, "OTHER"]]);
    expect(row.documents[0]?.attachedAt).not.toBeNull();
    expect(row.events.map((e) => e.kind)).toEqual(["DRAFT_SAVED"]);

    const resumed = await loadDraftForEdit(testDb(), mette, saved.draftId, "da");
    expect(resumed?.values).toMatchObject({ draftId: saved.draftId, idempotencyKey: input.idempotencyKey, lines: [{ amount: "45,5", treatmentDate: "" }] });
    expect(resumed?.documents.map((d) => d.id)).toEqual([invoice]);

    // Saving again (autosave) updates the same draft; a removed upload is detached again.
    const again = await saveDraft(testDb(), mette, parseDraft({ ...input, draftId: saved.draftId, diagnosis: "Ondt i halsen", documents: [] }), { now: NOW });
    expect(again.draftId).toBe(saved.draftId);
    expect((await testDb().document.findUniqueOrThrow({ where: { id: invoice } })).claimId).toBeNull();
    expect(await testDb().claim.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("only the drafter resumes a draft (others get null → 404)", async () => {
    const saved = await saveDraft(testDb(), mette, parseDraft(draftInput()), { now: NOW });
    const lars = await demoUser(testDb(), DEMO_USERS.spouse.email);
    expect(await loadDraftForEdit(testDb(), lars, saved.draftId, "da")).toBeNull();
    expect(await loadDraftForEdit(testDb(), mette, "not-a-uuid", "da")).toBeNull();
  });

  it("two first saves of one form racing create one draft", async () => {
    const input = parseDraft(draftInput());
    const [a, b] = await Promise.all([saveDraft(testDb(), mette, input, { now: NOW }), saveDraft(testDb(), mette, input, { now: NOW })]);
    expect(a.draftId).toBe(b.draftId);
    expect(await testDb().claim.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
  });

  it("submitting from a draft turns the draft into the claim and keeps its documents", async () => {
    const invoice = await upload(mette);
    const key = crypto.randomUUID();
    const saved = await saveDraft(testDb(), mette, parseDraft(draftInput({ idempotencyKey: key, documents: [{ documentId: invoice, kind: "INVOICE", lineIndexes: [0] }] })), { now: NOW });

    const result = await submitClaim(testDb(), mette, parse(form({ draftId: saved.draftId, idempotencyKey: key, documents: [{ documentId: invoice, kind: "INVOICE", lineIndexes: [0] }] })), options);
    expect(result).toMatchObject({ claimId: saved.draftId, created: true });
    expect(result.number).toMatch(/^C-2026-/);
    const claim = await testDb().claim.findUniqueOrThrow({ where: { id: saved.draftId }, include: { lines: { include: { documents: true } }, events: { orderBy: { createdAt: "asc" } } } });
    expect(claim.status).toBe("SUBMITTED");
    expect(claim.lines[0]?.documents.map((d) => d.documentId)).toEqual([invoice]);
    expect(claim.events.map((e) => e.kind)).toEqual(["DRAFT_SAVED", "RECEIVED"]);

    // A later autosave from a stale tab does not touch the submitted claim.
    const stale = await saveDraft(testDb(), mette, parseDraft(draftInput({ idempotencyKey: key, draftId: saved.draftId, diagnosis: "changed" })), { now: NOW });
    expect(stale.alreadySubmitted).toBe(true);
    expect((await testDb().claim.findUniqueOrThrow({ where: { id: saved.draftId } })).diagnosis).toBe("Halsbetændelse");
    // And submitting the same draft again (second tab, new key) returns the claim.
    const twice = await submitClaim(testDb(), mette, parse(form({ draftId: saved.draftId })), options);
    expect(twice).toEqual({ claimId: saved.draftId, number: result.number, created: false });
  });

  it("a failure inside the transaction leaves no half-written claim and the draft unchanged", async () => {
    const invoice = await upload(mette);
    const key = crypto.randomUUID();
    const saved = await saveDraft(testDb(), mette, parseDraft(draftInput({ idempotencyKey: key, diagnosis: "Draft text", documents: [{ documentId: invoice, kind: "INVOICE", lineIndexes: [0] }] })), { now: NOW });
    const before = await testDb().claim.findUniqueOrThrow({ where: { id: saved.draftId } });
    const claimsBefore = await testDb().claim.count();
    const series = await testDb().numberSeries.findUnique({ where: { name: "C-2026" } });

    const missing = crypto.randomUUID(); // no such document: attachDocuments refuses mid-transaction
    const fieldErrors = await refusal(
      submitClaim(
        testDb(),
        mette,
        parse(
          form({
            draftId: saved.draftId,
            idempotencyKey: key,
            documents: [
              { documentId: invoice, kind: "INVOICE", lineIndexes: [0] },
              { documentId: missing, kind: "REFERRAL", lineIndexes: [0] },
            ],
          }),
        ),
        options,
      ),
    );
    expect(fieldErrors.documents).toEqual(["documents.errors.notFound"]);

    const after = await testDb().claim.findUniqueOrThrow({ where: { id: saved.draftId }, include: { lines: true, events: true } });
    expect(after.status).toBe("DRAFT");
    expect(after.number).toBe(before.number);
    expect(after.draftData).toEqual(before.draftData);
    expect(after.lines).toEqual([]);
    expect(after.events.map((e) => e.kind)).toEqual(["DRAFT_SAVED"]);
    expect(await testDb().claim.count()).toBe(claimsBefore);
    expect(await testDb().numberSeries.findUnique({ where: { name: "C-2026" } })).toEqual(series);
    expect((await testDb().document.findUniqueOrThrow({ where: { id: invoice } })).claimId).toBe(saved.draftId);
  });
});
