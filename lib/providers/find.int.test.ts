import { beforeAll, describe, expect, it } from "vitest";
import { demoProviders, DEMO_PROVIDER_COUNT } from "../db/seed/providers";
import { createEnrolment, createPolicy, testDb } from "../testing/db";
import { containsPattern, findProviders, providerChoices, PROVIDER_PAGE_SIZE } from "./find";

/** The member's provider search on the seeded 2,400 providers of one insurer, and none of another's. */

let personId: string;
let otherPersonId: string;

beforeAll(async () => {
  const policy = await createPolicy();
  personId = (await createEnrolment({ policyId: policy.id })).personId;
  await testDb().provider.createMany({ data: demoProviders(policy.insurerId) });
  const other = await createPolicy();
  otherPersonId = (await createEnrolment({ policyId: other.id })).personId;
  await testDb().provider.createMany({ data: [{ insurerId: other.insurerId, name: "Fysioterapi Andetsteds", speciality: "physiotherapy", region: "Hovedstaden", city: "København", postalCode: "2100" }] });
}, 60_000);

describe("findProviders", () => {
  it("pages through all of the insurer's providers in name order", async () => {
    const first = await findProviders(testDb(), personId, {});
    expect(first.total).toBe(DEMO_PROVIDER_COUNT);
    expect(first.items).toHaveLength(PROVIDER_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(DEMO_PROVIDER_COUNT / PROVIDER_PAGE_SIZE));
    const names = first.items.map((p) => p.name.toLowerCase());
    expect([...names].sort((a, b) => a.localeCompare(b, "en"))).toHaveLength(names.length);
    const second = await findProviders(testDb(), personId, { page: 2 });
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    const beyond = await findProviders(testDb(), personId, { page: 10_000 });
    expect(beyond).toMatchObject({ items: [], total: DEMO_PROVIDER_COUNT });
  });

  it.each([
    ["name, any part and case", { name: "KIROPRAKT" }, (p: { name: string }) => p.name.toLowerCase().includes("kiroprakt")],
    ["speciality", { speciality: "psychology" }, (p: { speciality: string }) => p.speciality === "psychology"],
    ["region", { region: "Nordjylland" }, (p: { region: string }) => p.region === "Nordjylland"],
    ["postcode prefix", { postalCode: "8" }, (p: { postalCode: string | null }) => p.postalCode!.startsWith("8")],
    ["exact postcode", { postalCode: "2100" }, (p: { postalCode: string | null }) => p.postalCode === "2100"],
    ["direct billing", { directBilling: true }, (p: { directBilling: boolean }) => p.directBilling],
  ] as const)("filters by %s", async (_name, filter, holds) => {
    const result = await findProviders(testDb(), personId, filter);
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThan(DEMO_PROVIDER_COUNT);
    for (const item of result.items) expect((holds as (p: typeof item) => boolean)(item)).toBe(true);
  });

  it("combines the filters, and takes the user's % and _ literally", async () => {
    const combined = await findProviders(testDb(), personId, { speciality: "physiotherapy", region: "Hovedstaden", directBilling: true });
    for (const p of combined.items) expect(p).toMatchObject({ speciality: "physiotherapy", region: "Hovedstaden", directBilling: true });
    expect((await findProviders(testDb(), personId, { name: "%" })).total).toBe(0);
    expect(containsPattern("50%_x")).toBe("%50\\%\\_x%");
  });

  it("never shows another insurer's providers", async () => {
    expect((await findProviders(testDb(), personId, { name: "Andetsteds" })).total).toBe(0);
    const other = await findProviders(testDb(), otherPersonId, {});
    expect(other.items.map((p) => p.name)).toEqual(["Fysioterapi Andetsteds"]);
  });

  it("offers the specialities and regions the insurer has", async () => {
    const choices = await providerChoices(testDb(), personId);
    expect(choices.regions).toEqual(["Hovedstaden", "Midtjylland", "Nordjylland", "Sjælland", "Syddanmark"].sort());
    expect(choices.specialities).toContain("physiotherapy");
    expect(choices.specialities).toHaveLength(10);
  });
});
