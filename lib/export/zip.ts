import "server-only";
import crypto from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Bundle } from "@medplum/fhirtypes";
import yazl from "yazl";
import type { DocumentStore } from "../documents/store";
import type { ExportFile } from "./collect";
import type { ExportData } from "./types";

export const DATA_FILE = "data.json";
export const FHIR_FILE = "fhir-bundle.json";
export const README_FILE = "README.txt";

const README = `Your data from the Member Portal / Dine data fra Medlemsportalen

data.json          everything we hold about you and the people whose data you may see, as JSON
                   (amounts in øre, the smallest unit of the currency; times in Danish time)
fhir-bundle.json   the same persons, cover and claims as an HL7 FHIR R4 Bundle (Patient, Coverage,
                   Claim, ClaimResponse, ExplanationOfBenefit), for another insurer or health app
documents/         the files: invoices, referrals, letters and what you uploaded

data.json          alt, vi har om dig og dem, hvis data du må se, som JSON (beløb i øre, tider i dansk tid)
fhir-bundle.json   de samme personer, dækninger og krav som et HL7 FHIR R4 Bundle
documents/         filerne: fakturaer, henvisninger, breve og det, du har uploadet
`;

/**
 * Writes the export's ZIP into the document store, streaming (yazl, ADR 0015): the JSON, the FHIR
 * Bundle and a README are buffers; each document is read from the store as the archive is
 * written, so a member with hundreds of megabytes of uploads costs no more memory than one.
 * Returns the new store key, the size and the SHA-256 of the ZIP.
 */
export async function writeExportZip(store: DocumentStore, content: { data: ExportData; bundle: Bundle; files: readonly ExportFile[] }): Promise<{ storageKey: string; sizeBytes: number; sha256: string }> {
  const zip = new yazl.ZipFile();
  // A document that cannot be read (a missing file) fails the export instead of hanging it.
  zip.on("error", (error: Error) => (zip.outputStream as unknown as Readable).destroy(error));
  const mtime = new Date();
  zip.addBuffer(Buffer.from(README, "utf8"), README_FILE, { mtime });
  zip.addBuffer(Buffer.from(JSON.stringify(content.data, null, 2), "utf8"), DATA_FILE, { mtime });
  zip.addBuffer(Buffer.from(JSON.stringify(content.bundle, null, 2), "utf8"), FHIR_FILE, { mtime });
  // Uploads are already compressed (PDF, JPEG, PNG): stored as they are, the CPU is spared.
  for (const file of content.files) zip.addReadStream(store.openReadStream(file.storageKey), file.path, { mtime, compress: false });
  zip.end();

  const hash = crypto.createHash("sha256");
  let sizeBytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      done(null, chunk);
    },
  });
  const temp = await store.tempPath();
  try {
    await pipeline(zip.outputStream, measure, createWriteStream(temp, { flags: "wx", mode: 0o600 }));
    const storageKey = await store.putFile(temp);
    return { storageKey, sizeBytes, sha256: hash.digest("hex") };
  } finally {
    await fs.rm(temp, { force: true });
  }
}
