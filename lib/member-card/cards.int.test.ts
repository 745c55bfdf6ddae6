import { PDFDocument } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { testDb } from "../testing/db";
import { family, otherMember } from "../testing/follow-up-fixtures";
import { renderCardPdf } from "./card-pdf";
import { loadCards, verifyCard } from "./cards";

/** The membership card (ACC-2): whose cards a member may show, the public check, the credit-card PDF. */

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-test-secret-".repeat(3);
});

describe("membership cards", () => {
  it("offers the member's own card and their child's, never the adult spouse's (FAM-7)", async () => {
    const f = await family();
    const cards = await loadCards(testDb(), f.mainMember);
    expect(cards.map((c) => c.personId)).toEqual([f.main.id, f.child.id]);
    expect(cards[0]).toMatchObject({ name: "Mette Jensen", memberNumber: f.main.memberNumber, policyNumber: f.policy.number, valid: true });
    expect(cards[0]!.verifyUrl).toMatch(/\/card\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{22}$/);
    expect((await loadCards(testDb(), f.spouseMember)).map((c) => c.personId)).toEqual([f.spouse.id]);
  });

  it("the public check says valid today and the initials only; after cover ends, not valid; a forged token is unknown", async () => {
    const f = await family();
    const [card] = await loadCards(testDb(), f.mainMember);
    const token = card!.verifyUrl.split("/card/")[1]!;
    expect(await verifyCard(testDb(), token)).toEqual({ valid: true, initials: "M. J." });
    await testDb().enrolment.updateMany({ where: { personId: f.main.id }, data: { endDate: new Date("2020-01-31") } });
    expect(await verifyCard(testDb(), token)).toEqual({ valid: false, initials: "M. J." });
    expect(await verifyCard(testDb(), `${token.slice(0, -2)}AA`)).toBeNull();
    const stranger = await otherMember();
    expect((await loadCards(testDb(), stranger.member)).map((c) => c.name)).toEqual(["Anders Nielsen"]);
  });

  it("renders a one-page credit-card-size PDF", async () => {
    const f = await family();
    const [card] = await loadCards(testDb(), f.mainMember);
    const bytes = await renderCardPdf(card!, "da", (key, values) => `${key}${values ? JSON.stringify(values) : ""}`);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect(width).toBeCloseTo((85.6 / 25.4) * 72, 1);
    expect(height).toBeCloseTo((53.98 / 25.4) * 72, 1);
  });
});
