import { describe, expect, it } from "vitest";
import { downloadFileName, sanitizeFileName } from "../../documents/file-name";
import { validateDocumentBytes } from "../../documents/validate";
import { buildCorpus } from "./corpus";

/**
 * The corpus against the file check and the name cleaning directly (fast, every file); the
 * upload route itself is e2e/security-uploads.spec.ts. Route-level outcomes (empty, over-size)
 * are only checked there.
 */
const corpus = await buildCorpus();

describe("hostile-upload corpus", () => {
  it("has at least 100 files with unique ids, in every group", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.map((f) => f.id)).size).toBe(corpus.length);
    expect(new Set(corpus.map((f) => f.group)).size).toBe(9);
  });

  const checked = corpus.filter((f) => f.expected.accepted || [415, 422].includes(f.expected.status));
  it.each(checked.map((f) => [`${f.group}: ${f.id}`, f] as const))("%s", async (_, file) => {
    const verdict = await validateDocumentBytes(file.bytes);
    if (file.expected.accepted) {
      expect(verdict).toEqual({ ok: true, mimeType: file.expected.mimeType });
      if (file.expected.storedName) expect(sanitizeFileName(file.name) ?? `document.png`).toBe(file.expected.storedName);
      if (file.expected.downloadName) expect(downloadFileName(sanitizeFileName(file.name) ?? "", file.expected.mimeType)).toBe(file.expected.downloadName);
    } else {
      expect(verdict).toEqual({ ok: false, messageKey: file.expected.messageKey });
    }
  }, 30_000);
});
