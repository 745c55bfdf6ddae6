import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Browser } from "@playwright/test";
import zlib from "node:zlib";
import { PDFDocument, PDFName, PDFRawStream, PDFString, StandardFonts } from "pdf-lib";
import { DEMO_PASSWORD, DEMO_USERS } from "../lib/db/seed/demo-data";
import { expect, signIn, test } from "./support/fixtures";

/**
 * The documents API as the browser uses it (raw-body upload, download, remove), with the real
 * files under e2e/fixtures. The upload UI itself is exercised in the claim journeys.
 */
const FIXTURES = path.join(import.meta.dirname, "fixtures");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

async function upload(request: APIRequestContext, name: string, body: Buffer) {
  return request.post("/api/documents", {
    data: body,
    headers: { "X-File-Name": encodeURIComponent(name), "Content-Type": "application/octet-stream" },
  });
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, DEMO_PASSWORD);
  return { context, page };
}

/** A valid PDF of `size` bytes (filler comment lines after the header). */
async function pdfOfSize(size: number): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.addPage([200, 200]).drawText("Faktura", { x: 10, y: 100, font: await pdf.embedFont(StandardFonts.Helvetica) });
  const bytes = Buffer.from(await pdf.save());
  const headerEnd = bytes.indexOf(0x0a) + 1;
  const filler = Buffer.alloc(size - bytes.length, "%".charCodeAt(0));
  for (let i = 79; i < filler.length; i += 80) filler[i] = 0x0a;
  return Buffer.concat([bytes.subarray(0, headerEnd), filler, bytes.subarray(headerEnd)]);
}

test.describe("documents", () => {
  test("a member uploads a PDF with a Danish name and downloads it with safe headers; others get 404", async ({ page, browser }) => {
    await signIn(page, DEMO_USERS.mainInsured.email, DEMO_PASSWORD);
    const bytes = fixture("faktura lægehus æøå.pdf");
    const response = await upload(page.request, "faktura lægehus æøå.pdf", bytes);
    expect(response.status()).toBe(201);
    const { document } = await response.json();
    expect(document).toMatchObject({ originalName: "faktura lægehus æøå.pdf", mimeType: "application/pdf", sizeBytes: bytes.length });

    const download = await page.request.get(`/api/documents/${document.id}`);
    expect(download.status()).toBe(200);
    expect(download.headers()).toMatchObject({
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="faktura l_gehus __a.pdf"; filename*=UTF-8''faktura%20l%C3%A6gehus%20%C3%A6%C3%B8%C3%A5.pdf`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);

    // Another member — even the spouse on the same policy — gets 404.
    const lars = await signedIn(browser, DEMO_USERS.spouse.email);
    expect((await lars.page.request.get(`/api/documents/${document.id}`)).status()).toBe(404);
    expect((await lars.page.request.delete(`/api/documents/${document.id}`)).status()).toBe(404);
    await lars.context.close();

    // Signed out: to the sign-in page and back.
    const anonymous = await browser.newContext();
    const signedOut = await anonymous.request.get(`/api/documents/${document.id}`, { maxRedirects: 0 });
    expect(signedOut.status()).toBe(303);
    expect(signedOut.headers()["location"]).toBe(`/login?callbackUrl=${encodeURIComponent(`/api/documents/${document.id}`)}`);
    await anonymous.close();

    // The owner removes the unattached upload.
    expect((await page.request.delete(`/api/documents/${document.id}`)).status()).toBe(204);
    expect((await page.request.get(`/api/documents/${document.id}`)).status()).toBe(404);
  });

  test("a renamed executable, a truncated PDF and an over-size file are refused with translated keys", async ({ page }) => {
    await signIn(page, DEMO_USERS.topUpMember.email, DEMO_PASSWORD);
    for (const [name, status, messageKey] of [
      ["fake-invoice.pdf", 415, "documents.errors.unsupportedType"],
      ["truncated.pdf", 422, "documents.errors.damaged"],
    ] as const) {
      const response = await upload(page.request, name, fixture(name));
      expect(response.status(), name).toBe(status);
      expect(await response.json()).toEqual({ error: { messageKey } });
    }
    const tooBig = await upload(page.request, "stor.pdf", Buffer.alloc(20 * 1024 * 1024 + 1, 0x25));
    expect(tooBig.status()).toBe(413);
    expect(await tooBig.json()).toEqual({ error: { messageKey: "documents.errors.tooLarge" } });
  });

  test("a decompression-bomb PDF and a PDF with JavaScript are refused by the production server, which stays responsive", async ({ page }) => {
    await signIn(page, DEMO_USERS.topUpMember.email, DEMO_PASSWORD);
    const bomb = await PDFDocument.create();
    bomb.addPage([200, 200]);
    const data = zlib.deflateSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 }); // ≈ 200 kB
    const objectStream = PDFRawStream.of(bomb.context.obj({ Type: "ObjStm", N: 1, First: 4, Filter: "FlateDecode", Length: data.length }), data);
    bomb.context.register(objectStream);
    const scripted = await PDFDocument.create();
    scripted.addPage([200, 200]);
    scripted.catalog.set(PDFName.of("OpenAction"), scripted.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert(1)") }));
    for (const [name, bytes, messageKey] of [
      ["bomb.pdf", await bomb.save({ useObjectStreams: false }), "documents.errors.tooComplex"],
      ["script.pdf", await scripted.save(), "documents.errors.activeContent"],
    ] as const) {
      const response = await upload(page.request, name, Buffer.from(bytes));
      expect(response.status(), name).toBe(422);
      expect(await response.json()).toEqual({ error: { messageKey } });
    }
    expect((await upload(page.request, "faktura.pdf", fixture("invoice-gp.pdf"))).status()).toBe(201);
  });

  test("a 15 MB PDF arrives whole (no 10 MB body cut by the proxy)", async ({ page }) => {
    await signIn(page, DEMO_USERS.topUpMember.email, DEMO_PASSWORD);
    const bytes = await pdfOfSize(15 * 1024 * 1024);
    const response = await upload(page.request, "scan 15 MB.pdf", bytes);
    expect(response.status()).toBe(201);
    const { document } = await response.json();
    expect(document.sizeBytes).toBe(bytes.length);
    expect((await page.request.delete(`/api/documents/${document.id}`)).status()).toBe(204);
  });
});
