import { describe, expect, it } from "vitest";
import { contentDisposition, decodeFileNameHeader, downloadFileName, fallbackFileName, sanitizeFileName } from "./file-name";

describe("sanitizeFileName", () => {
  it.each([
    ["keeps Danish letters and spaces", "faktura lægehus æøå.pdf", "faktura lægehus æøå.pdf"],
    ["keeps capitals and other scripts", "ÆØÅ Ärztliche Überweisung — 請求書.PDF", "ÆØÅ Ärztliche Überweisung — 請求書.PDF"],
    ["trims surrounding whitespace", "   kvittering.jpg \t", "kvittering.jpg"],
    ["composes decomposed letters (macOS sends NFD)", "a\u030artus.pdf", "\u00e5rtus.pdf"],
    ["drops a Windows fake path", "C:\\fakepath\\faktura.pdf", "faktura.pdf"],
    ["drops a Unix path and traversal", "../../etc/passwd", "passwd"],
    ["removes control characters", "fak\u0000tu\u0007ra\r\n.pdf", "faktura.pdf"],
    ["removes bidi overrides (spoofed extensions)", "invoice\u202efdp.exe", "invoicefdp.exe"],
    ["empty after cleaning", " \u0000 ", null],
    ["only dots", "..", null],
    ["only a path", "folder/", null],
  ])("%s", (_name, input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it("cuts long names to 200 characters and keeps the extension", () => {
    const name = sanitizeFileName(`${"æ".repeat(300)}.pdf`)!;
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith("æ.pdf")).toBe(true);
  });

  it("never splits an emoji (surrogate pair) when cutting", () => {
    const name = sanitizeFileName("😀".repeat(250))!;
    expect(Array.from(name)).toHaveLength(200);
    expect(name).toBe("😀".repeat(200));
  });
});

describe("decodeFileNameHeader", () => {
  it.each([
    ["percent-encoded as the uploader sends it", encodeURIComponent("faktura lægehus æøå.pdf"), "faktura lægehus æøå.pdf"],
    ["plain ASCII", "scan.png", "scan.png"],
    ["broken encoding is used as it came", "100%.pdf", "100%.pdf"],
    ["encoded path separators still stripped", encodeURIComponent("../secret/x.pdf"), "x.pdf"],
    ["missing header", null, null],
  ])("%s", (_name, header, expected) => {
    expect(decodeFileNameHeader(header)).toBe(expected);
  });
});

describe("contentDisposition", () => {
  it.each([
    ["attachment", "faktura lægehus æøå.pdf", `attachment; filename="faktura l_gehus __a.pdf"; filename*=UTF-8''faktura%20l%C3%A6gehus%20%C3%A6%C3%B8%C3%A5.pdf`],
    ["inline", "scan.png", `inline; filename="scan.png"; filename*=UTF-8''scan.png`],
    ["attachment", 'a"b\\c.pdf', `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`],
    ["attachment", "it's (1).pdf", `attachment; filename="it's (1).pdf"; filename*=UTF-8''it%27s%20%281%29.pdf`],
  ] as const)("%s %s", (type, name, expected) => {
    expect(contentDisposition(type, name)).toBe(expected);
  });

  it("puts no line break or quote into the header whatever the name", () => {
    const header = contentDisposition("attachment", 'x"\r\nSet-Cookie: a=b.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
  });
});

describe("fallbackFileName", () => {
  it("names a nameless upload by its verified type", () => {
    expect(fallbackFileName("application/pdf")).toBe("document.pdf");
    expect(fallbackFileName("image/jpeg")).toBe("document.jpg");
  });
});

describe("downloadFileName (named by the stored, detected type)", () => {
  it.each([
    ["HTML name on a PDF", "poly.html", "application/pdf", "poly.pdf"],
    ["matching extension in capitals kept", "scan.PDF", "application/pdf", "scan.PDF"],
    ["no extension: appended", "photo", "image/jpeg", "photo.jpg"],
    ["only the last extension replaced", "a.tar.gz", "image/png", "a.tar.png"],
    ["jpeg spelling kept for a JPEG", "kvittering.jpeg", "image/jpeg", "kvittering.jpeg"],
    ["jpg name on a PNG", "kvittering.jpg", "image/png", "kvittering.png"],
    ["tiff spelling kept", "scan.tiff", "image/tiff", "scan.tiff"],
    ["PDF name on a TIFF", "scan.pdf", "image/tiff", "scan.tif"],
    ["PDF name on a GIF", "scan.pdf", "image/gif", "scan.gif"],
    ["executable name on a PDF", "invoice.exe", "application/pdf", "invoice.pdf"],
    ["Danish letters kept", "faktura lægehus æøå.pdf", "application/pdf", "faktura lægehus æøå.pdf"],
    ["Danish letters, wrong extension", "kvittering æøå.html", "image/png", "kvittering æøå.png"],
    ["other scripts kept", "請求書 — Überweisung.PDF", "application/pdf", "請求書 — Überweisung.PDF"],
    ["emoji kept", "😀 bon", "image/jpeg", "😀 bon.jpg"],
    ["a dot in the name is not an extension", "Dr. Hansen henvisning", "application/pdf", "Dr. Hansen henvisning.pdf"],
    ["a non-ASCII tail is not an extension", "rapport.æøå", "application/pdf", "rapport.æøå.pdf"],
    ["a leading dot is not an extension", ".html", "application/pdf", ".html.pdf"],
    ["trailing dot", "faktura.", "application/pdf", "faktura..pdf"],
    ["bidi override still removed", "invoice\u202efdp.exe", "application/pdf", "invoicefdp.pdf"],
    ["path still dropped", "C:\\fakepath\\poly.html", "application/pdf", "poly.pdf"],
    ["nothing left of the name", "\u0000", "image/png", "document.png"],
  ] as const)("%s: %s as %s → %s", (_case, name, mime, expected) => {
    expect(downloadFileName(name, mime)).toBe(expected);
  });

  it("keeps a long name within 200 characters with the new extension", () => {
    const name = downloadFileName(`${"æ".repeat(300)}.html`, "application/pdf");
    expect(Array.from(name).length).toBeLessThanOrEqual(200);
    expect(name.endsWith("æ.pdf")).toBe(true);
    const appended = downloadFileName("ø".repeat(200), "image/jpeg");
    expect(Array.from(appended)).toHaveLength(200);
    expect(appended.endsWith("ø.jpg")).toBe(true);
  });

  it("goes into the header under the new name", () => {
    expect(contentDisposition("attachment", downloadFileName("poly æ.html", "application/pdf"))).toBe(
      `attachment; filename="poly _.pdf"; filename*=UTF-8''poly%20%C3%A6.pdf`,
    );
  });
});
