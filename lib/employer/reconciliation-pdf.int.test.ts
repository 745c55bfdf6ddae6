import { createTranslator } from "next-intl";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import da from "../i18n/messages/da";
import en from "../i18n/messages/en";
import { testDb } from "../testing/db";
import { pdfText } from "../testing/pdf-text";
import { seededAdmins, TODAY } from "./employer-testing";
import { loadReconciliation } from "./reconciliation";
import { renderReconciliationPdf } from "./reconciliation-pdf";
import { loadSchemeOf } from "./scheme";

// GRP-5 as a PDF (issue 12 point 7): the same figures as the page, per month and in total, with
// the credit or charge, in Danish and English. Fjordværk: 288 insured person-months against 300
// paid for, so 12 × 15,800 øre = 1,896.00 kr. is credited.

let hanne: CurrentUser;
beforeAll(async () => {
  ({ hanne } = await seededAdmins());
});

const translator = (locale: "da" | "en") => {
  const t = createTranslator({ locale, messages: locale === "da" ? da : en });
  return (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
};

async function render(locale: "da" | "en") {
  const ctx = (await loadSchemeOf(testDb(), hanne, "employer.view", TODAY))!;
  const reconciliation = await loadReconciliation(testDb(), ctx);
  return { reconciliation, bytes: await renderReconciliationPdf(reconciliation, locale, translator(locale)) };
}

describe("reconciliation PDF (GRP-5)", () => {
  it("parses, and holds every month and the totals with the credit, in Danish", async () => {
    const { bytes, reconciliation } = await render("da");
    const doc = await PDFDocument.load(bytes);
    expect(doc.getTitle()).toBe("Årsafstemning Fjordværk ApS 2026");
    const text = await pdfText(bytes);
    expect(text).toContain("Årsafstemning: Fjordværk ApS");
    expect(text).toContain("CVR 27182818");
    for (const month of reconciliation.months) expect(text).toContain(month.month);
    expect(text).toMatch(/2026-01\n21\n25\n-4\n-632,00\u00a0kr\./);
    expect(text).toMatch(/I alt\n288\n300\n-12\n-1\.896,00\u00a0kr\./);
    expect(text).toContain("Godskrives: 1.896,00\u00a0kr.");
  });

  it("speaks English to an English-reading admin", async () => {
    const text = await pdfText((await render("en")).bytes);
    expect(text).toContain("Annual reconciliation: Fjordværk ApS");
    expect(text).toMatch(/2026-01\n21\n25\n-4\n-DKK\s632\.00\n/);
    expect(text).toMatch(/Total\n288\n300\n-12\n-DKK\s1,896\.00\n/);
    expect(text).toMatch(/To be credited: DKK\s1,896\.00\./);
    expect(text).toContain("Page 1 of 1");
  });
});
