import "server-only";
import { writeAudits } from "../audit/audit";
import type { Db } from "../db/client";
import { documentStore, type DocumentStore } from "../documents/store";
import { toLocale } from "../i18n/config";
import { copenhagenDay, formatDate } from "../i18n/format";
import { enqueueEmail } from "../mail/outbox";
import { collectExport } from "./collect";
import { EXPORT_TTL_DAYS } from "./exports";
import { toFhirBundle } from "./fhir";
import { fhirProblems } from "./fhir-validate";
import { exportReadyMail } from "./mail";
import { writeExportZip } from "./zip";

/**
 * The job: builds the ZIP of a PENDING export and marks it READY (with its expiry), audits whose
 * data went into it and puts the "ready" mail in the outbox, in one transaction. Idempotent: an
 * export that is no longer PENDING is left alone, and a second run that loses the race deletes
 * its own file. An invalid FHIR Bundle fails the export (a bug, not something a retry mends).
 * Returns what happened.
 */
export async function produceExport(db: Db, exportId: string, now = new Date(), store: DocumentStore = documentStore()): Promise<"ready" | "failed" | "skipped"> {
  const row = await db.dataExport.findUnique({ where: { id: exportId }, include: { requestedBy: { select: { email: true, displayName: true, locale: true } } } });
  if (!row || row.status !== "PENDING") return "skipped";

  const { data, files } = await collectExport(db, row.requestedById, now);
  const bundle = toFhirBundle(data);
  const problems = fhirProblems(bundle);
  if (problems.length) {
    console.error(`[export] ${exportId}: the FHIR Bundle is invalid: ${problems.slice(0, 5).join("; ")}`);
    await db.dataExport.updateMany({ where: { id: exportId, status: "PENDING" }, data: { status: "FAILED", error: `FHIR: ${problems.slice(0, 5).join("; ")}`.slice(0, 1000) } });
    return "failed";
  }

  const zip = await writeExportZip(store, { data, bundle, files });
  const expiresAt = new Date(now.getTime() + EXPORT_TTL_DAYS * 24 * 60 * 60_000);
  const personIds = data.persons.map((p) => p.id);
  const done = await db.$transaction(async (tx) => {
    const updated = await tx.dataExport.updateMany({
      where: { id: exportId, status: "PENDING" },
      data: { status: "READY", ...zip, personIds, readyAt: now, expiresAt },
    });
    if (updated.count === 0) return false;
    // Whose data left the system, one row per person (their own access log shows it).
    await writeAudits(tx, personIds.map((personId) => ({ actorUserId: null, action: "export.produced", subjectType: "DataExport", subjectId: exportId, personId, metadata: { requestedById: row.requestedById, documents: files.length, sizeBytes: zip.sizeBytes } })));
    const locale = toLocale(row.requestedBy.locale);
    await enqueueEmail(tx, exportReadyMail({ to: row.requestedBy.email, name: row.requestedBy.displayName, locale, expiresOn: formatDate(copenhagenDay(expiresAt), locale) }));
    return true;
  });
  if (!done) {
    await store.delete(zip.storageKey);
    return "skipped";
  }
  return "ready";
}

/** Deletes the files of expired exports (the rows stay, so the page can say "expired"). Returns how many. */
export async function purgeExpiredExports(db: Db, now = new Date(), store: DocumentStore = documentStore()): Promise<number> {
  const expired = await db.dataExport.findMany({ where: { status: "READY", expiresAt: { lt: now }, purgedAt: null }, select: { id: true, storageKey: true }, take: 500 });
  for (const row of expired) {
    if (row.storageKey) await store.delete(row.storageKey);
    await db.dataExport.update({ where: { id: row.id }, data: { purgedAt: now } });
  }
  return expired.length;
}

/** Exports still PENDING a day after the request (their job failed every retry): marked FAILED, so the page says so and the sweep stops re-sending them. */
export async function failAbandonedExports(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.dataExport.updateMany({ where: { status: "PENDING", createdAt: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } }, data: { status: "FAILED", error: "not produced within a day" } });
  return count;
}
