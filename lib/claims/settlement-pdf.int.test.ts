import { createTranslator } from "next-intl";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { seedDemo } from "../db/seed/demo";
import { DEMO_USERS } from "../db/seed/demo-data";
import da from "../i18n/messages/da/settlement.json";
import en from "../i18n/messages/en/settlement.json";
import { createSubmittedClaim, demoRefs, demoUser } from "../testing/jobs-fixtures";
import { testDb } from "../testing/db";
import { pdfText } from "../testing/pdf-text";
import { adjudicateClaim } from "./adjudicate";
import { loadSettlementNoteFor } from "./settlement";
import { renderSettlementPdf } from "./settlement-pdf";

let refs: Awaited<ReturnType<typeof demoRefs>>;
let claimId: string;

const asUser = (email: string): Promise<CurrentUser> => demoUser(testDb(), email);

const translator = (locale: "da" | "en") => {
  const t = createTranslator({ locale, messages: { settlement: locale === "da" ? da : en }, namespace: "settlement" });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

beforeAll(async () => {
  await seedDemo(testDb());
  refs = await demoRefs(testDb());
  // Emma (a child, 10) — the refund goes to her mother, the main insured.
  const emma = await testDb().person.findFirstOrThrow({ where: { firstName: "Emma", lastName: "Jensen" } });
  const claim = await createSubmittedClaim(testDb(), {
    policyId: refs.policy.id,
    personId: emma.id,
    userId: refs.mette.id,
    lines: [{ category: "gp_consultation", amountMinor: 80_000 }, { category: "specialist_consultation", amountMinor: 123_450 }],
  });
  expect(await adjudicateClaim(testDb(), claim.id)).toBe("decided");
  claimId = claim.id;
});

describe("settlement note access and PDF", () => {
  it("the main insured sees her child's note (payee = herself); the spouse and another insurer's handler do not", async () => {
    const note = await loadSettlementNoteFor(testDb(), await asUser(DEMO_USERS.mainInsured.email), claimId, { via: "test" });
    expect(note!.content.payee).toEqual({ name: "Mette Jensen", accountMasked: "•••• 5678" });
    expect(note!.content.patientName).toBe("Emma Jensen");
    expect(await testDb().auditEvent.count({ where: { action: "claim.read", subjectId: claimId } })).toBe(1);

    expect(await loadSettlementNoteFor(testDb(), await asUser(DEMO_USERS.spouse.email), claimId, { via: "test" })).toBeNull();
    expect(await loadSettlementNoteFor(testDb(), await asUser(DEMO_USERS.topUpMember.email), claimId, { via: "test" })).toBeNull();
    expect(await loadSettlementNoteFor(testDb(), await asUser(DEMO_USERS.handler.email), claimId, { via: "test" })).not.toBeNull();
    expect(await loadSettlementNoteFor(testDb(), await asUser(DEMO_USERS.mainInsured.email), "not-a-uuid", { via: "test" })).toBeNull();
  });

  it("renders a valid PDF with the claim number, in Danish with æ ø å, and in English", async () => {
    const note = (await loadSettlementNoteFor(testDb(), await asUser(DEMO_USERS.mainInsured.email), claimId, { via: "test" }))!;
    const bytes = await renderSettlementPdf(note, "da", translator("da"));
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(doc.getSubject()).toBe(note.content.claimNumber);
    expect(doc.getTitle()).toContain(note.number);

    const text = await pdfText(bytes);
    expect(text).toContain(note.content.claimNumber);
    expect(text).toContain("Lægekonsultation");
    expect(text).toContain("Ankenævnet for Forsikring");
    expect(text).toContain("•••• 5678");
    expect(text).toContain("1.234,50\u00a0kr.");

    const english = await pdfText(await renderSettlementPdf(note, "en", translator("en")));
    expect(english).toContain("GP consultation");
    expect(english).toContain("How to complain");
  });
});
