import { describe, expect, it, vi, afterAll } from "vitest";
import type { Bundle } from "@medplum/fhirtypes";
import { testDb } from "../testing/db";
import { fakeStoredDocument, tempStore } from "../testing/documents-db";
import { createClaim, family, otherMember } from "../testing/follow-up-fixtures";
import { unzipToMap } from "../testing/unzip";
import { openExportDownload, requestExport, listExports } from "./exports";
import { fhirProblems } from "./fhir-validate";
import { failAbandonedExports, produceExport, purgeExpiredExports } from "./produce";
import type { ExportData } from "./types";

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-test-secret-".repeat(3);
});

/** Issue 13 point 8: the export job's ZIP, its scope (FAM-7), idempotency, expiry and audit. */
const { store, cleanup } = tempStore();
afterAll(cleanup);
const ip = "127.0.0.9";
const key = () => crypto.randomUUID();

async function readZip(exportId: string, user: Parameters<typeof openExportDownload>[1]) {
  const download = await openExportDownload(testDb(), user, exportId, { ip, store });
  if (!download.ok) throw new Error(`download refused: ${download.reason}`);
  const chunks: Buffer[] = [];
  for await (const chunk of download.stream) chunks.push(chunk as Buffer);
  const files = await unzipToMap(Buffer.concat(chunks));
  return { files, data: JSON.parse(files.get("data.json")!.toString("utf8")) as ExportData, bundle: JSON.parse(files.get("fhir-bundle.json")!.toString("utf8")) as Bundle };
}

/** Mette (main insured), Lars (adult spouse, private to him: FAM-7), Emma (child): a claim and a document each. */
async function familyWithClaims() {
  const f = await family();
  const claims = {
    main: await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.mainUser.id, status: "DECIDED", lines: [{ date: "2026-10-01", category: "physiotherapy", amountMinor: 45_050, payableMinor: 36_040, outcome: "PARTLY_APPROVED" }] }),
    child: await createClaim({ policyId: f.policy.id, personId: f.child.id, submittedById: f.mainUser.id }),
    spouse: await createClaim({ policyId: f.policy.id, personId: f.spouse.id, submittedById: f.spouseUser.id }),
    spouseDraft: await createClaim({ policyId: f.policy.id, personId: f.main.id, submittedById: f.spouseUser.id, status: "DRAFT" }),
  };
  const docs = {
    main: await fakeStoredDocument(store, f.mainUser.id, 13, { claimId: claims.main.id, personId: f.main.id }),
    spouse: await fakeStoredDocument(store, f.spouseUser.id, 13, { claimId: claims.spouse.id, personId: f.spouse.id }),
  };
  return { ...f, claims, docs };
}

describe("data export", () => {
  it("the job writes a ZIP with the JSON, a valid FHIR Bundle and the documents of the member and their child, never the adult spouse's (FAM-7)", async () => {
    const f = await familyWithClaims();
    const { exportId } = await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip });
    expect(await produceExport(testDb(), exportId, new Date(), store)).toBe("ready");

    const { files, data, bundle } = await readZip(exportId, f.mainMember);
    expect([...files.keys()].sort()).toEqual(["README.txt", "data.json", `documents/${f.docs.main.id}-stand-in.pdf`, "fhir-bundle.json"]);
    expect(files.get(`documents/${f.docs.main.id}-stand-in.pdf`)!.toString()).toBe("%PDF-stand-in");
    expect(data.persons.map((p) => p.id).sort()).toEqual([f.main.id, f.child.id].sort());
    expect(data.claims.map((c) => c.number).sort()).toEqual([f.claims.main.number, f.claims.child.number].sort());
    expect(data.claims.find((c) => c.id === f.claims.main.id)!.lines[0]).toMatchObject({ amountMinor: 45_050, payableMinor: 36_040, outcome: "PARTLY_APPROVED" });
    expect(data.persons.find((p) => p.id === f.child.id)!.email).toBeUndefined();
    expect(JSON.stringify(data)).not.toContain(f.spouse.id);

    expect(fhirProblems(bundle)).toEqual([]);
    const types = bundle.entry!.map((e) => e.resource!.resourceType).sort();
    expect(types).toEqual(["Claim", "Claim", "ClaimResponse", "Coverage", "Coverage", "ExplanationOfBenefit", "Patient", "Patient"]);
  });

  it("a consent from the spouse brings his data in; a CLAIMS-only consent leaves his documents out (ACC-3)", async () => {
    const f = await familyWithClaims();
    const consent = await testDb().consent.create({ data: { kind: "HEALTH_DATA_SHARING", grantorPersonId: f.spouse.id, granteePersonId: f.main.id, givenByUserId: f.spouseUser.id } });
    const first = await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip });
    await produceExport(testDb(), first.exportId, new Date(), store);
    const all = await readZip(first.exportId, f.mainMember);
    expect(all.data.persons.map((p) => p.id)).toContain(f.spouse.id);
    expect(all.files.has(`documents/${f.docs.spouse.id}-stand-in.pdf`)).toBe(true);
    expect(all.data.consents).toEqual([expect.objectContaining({ kind: "HEALTH_DATA_SHARING", grantorPersonId: f.spouse.id })]);

    await testDb().consent.update({ where: { id: consent.id }, data: { scope: "CLAIMS" } });
    const second = await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip });
    await produceExport(testDb(), second.exportId, new Date(), store);
    const claimsOnly = await readZip(second.exportId, f.mainMember);
    expect(claimsOnly.data.claims.map((c) => c.id)).toContain(f.claims.spouse.id);
    expect(claimsOnly.files.has(`documents/${f.docs.spouse.id}-stand-in.pdf`)).toBe(false);
  });

  it("one export per request: the same key, a second click while it is prepared, and two requests at once", async () => {
    const f = await family();
    const k = key();
    const first = await requestExport(testDb(), f.mainMember, { idempotencyKey: k }, { ip });
    expect(first.created).toBe(true);
    expect(await requestExport(testDb(), f.mainMember, { idempotencyKey: k }, { ip })).toEqual({ exportId: first.exportId, created: false });
    expect((await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip })).exportId).toBe(first.exportId);
    const other = await otherMember();
    const both = await Promise.all([requestExport(testDb(), other.member, { idempotencyKey: key() }, { ip }), requestExport(testDb(), other.member, { idempotencyKey: key() }, { ip })]);
    expect(both[0].exportId).toBe(both[1].exportId);
    expect(await testDb().dataExport.count({ where: { requestedById: other.user.id } })).toBe(1);
    // A second run of the job does nothing.
    expect(await produceExport(testDb(), first.exportId, new Date(), store)).toBe("ready");
    expect(await produceExport(testDb(), first.exportId, new Date(), store)).toBe("skipped");
  });

  it("only the member who asked downloads it; it expires after 7 days, its file is purged; everything is audited", async () => {
    const f = await familyWithClaims();
    const { exportId } = await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip });
    const madeAt = new Date();
    await produceExport(testDb(), exportId, madeAt, store);

    expect(await openExportDownload(testDb(), f.spouseMember, exportId, { ip, store })).toEqual({ ok: false, reason: "not-found" });
    expect((await openExportDownload(testDb(), f.mainMember, exportId, { ip, store })).ok).toBe(true);
    const later = new Date(madeAt.getTime() + 7 * 86_400_000 + 1000);
    expect(await openExportDownload(testDb(), f.mainMember, exportId, { ip, store, now: later })).toEqual({ ok: false, reason: "expired" });
    expect((await listExports(testDb(), f.mainMember, later))[0]).toMatchObject({ id: exportId, status: "EXPIRED", downloadUrl: null });

    const row = await testDb().dataExport.findUniqueOrThrow({ where: { id: exportId } });
    expect(await store.exists(row.storageKey!)).toBe(true);
    expect(await purgeExpiredExports(testDb(), later, store)).toBeGreaterThanOrEqual(1);
    expect(await store.exists(row.storageKey!)).toBe(false);

    const audit = await testDb().auditEvent.findMany({ where: { subjectType: "DataExport", subjectId: exportId }, orderBy: { createdAt: "asc" } });
    const rows = audit.map((a) => [a.action, a.personId, a.actorUserId]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["export.requested", f.main.id, f.mainUser.id],
        ["export.produced", f.main.id, null],
        ["export.produced", f.child.id, null],
        ["export.downloaded", f.main.id, f.mainUser.id],
        ["export.downloadExpired", f.main.id, f.mainUser.id],
      ]),
    );
    expect(rows.filter(([action]) => action === "export.produced")).toHaveLength(2);
    expect(audit.some((a) => a.personId === f.spouse.id)).toBe(false);
  });

  it("an export still pending a day later is marked failed, and the page says so", async () => {
    const f = await family();
    const { exportId } = await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip });
    expect(await failAbandonedExports(testDb(), new Date())).toBe(0);
    expect(await failAbandonedExports(testDb(), new Date(Date.now() + 25 * 3_600_000))).toBeGreaterThanOrEqual(1);
    expect((await listExports(testDb(), f.mainMember))[0]).toMatchObject({ id: exportId, status: "FAILED", downloadUrl: null });
    expect(await produceExport(testDb(), exportId, new Date(), store)).toBe("skipped");
  });

  it("e-mails the member when it is ready, without health details", async () => {
    const f = await familyWithClaims();
    const { exportId } = await requestExport(testDb(), f.mainMember, { idempotencyKey: key() }, { ip });
    await produceExport(testDb(), exportId, new Date(), store);
    const mail = await testDb().outboundEmail.findFirstOrThrow({ where: { to: f.mainUser.email, template: "data-export-ready" } });
    expect(mail.textBody).toContain("/member/export");
    for (const secret of [f.claims.main.number, "physiotherapy", exportId]) expect(mail.textBody).not.toContain(secret);
  });
});
