import { describe, expect, it } from "vitest";
import { demoProviders } from "../db/seed/providers";
import { createEnrolment, createPolicy, testDb } from "../testing/db";
import { prefixPattern, searchProviders } from "./search";

async function insuredPersonWithProviders(names: string[]) {
  const policy = await createPolicy();
  const { personId } = await createEnrolment({ policyId: policy.id });
  await testDb().provider.createMany({
    data: names.map((name) => ({ insurerId: policy.insurerId, name, speciality: "Almen praksis", region: "Hovedstaden", city: "København", inNetwork: name.includes("Netværk") })),
  });
  return { personId, insurerId: policy.insurerId };
}

const names = (hits: { name: string }[]) => hits.map((hit) => hit.name);

describe("searchProviders", () => {
  it.each<[string, string, string[]]>([
    ["a prefix, any case", "læge", ["Lægehuset Amager", "Lægehuset Østerbro", "lægepraksis Nord"]],
    ["upper-case input", "LÆGEHUSET Ø", ["Lægehuset Østerbro"]],
    ["surrounding spaces", "  fysio ", ["Fysio 50% Rabat", "Fysioterapi_Vest"]],
    ["% taken literally", "fysio 50%", ["Fysio 50% Rabat"]],
    ["_ taken literally", "fysioterapi_", ["Fysioterapi_Vest"]],
    ["no % wildcard from the user", "%huset", []],
    ["only the start of the name", "huset", []],
    ["too short to search", "l", []],
  ])("%s", async (_name, query, expected) => {
    const { personId } = await insuredPersonWithProviders(["Lægehuset Østerbro", "Lægehuset Amager", "lægepraksis Nord", "Fysio 50% Rabat", "Fysioterapi_Vest", "Tandlæge Hansen"]);
    expect(names(await searchProviders(testDb(), { personId, query }))).toEqual(expected);
  });

  it("finds only the providers of the person's own insurer", async () => {
    const { personId } = await insuredPersonWithProviders(["Klinik Syd"]);
    await insuredPersonWithProviders(["Klinik Nord"]);
    expect(names(await searchProviders(testDb(), { personId, query: "klinik" }))).toEqual(["Klinik Syd"]);
  });

  it("gives at most 10, in name order, with what the form shows", async () => {
    const { personId } = await insuredPersonWithProviders(Array.from({ length: 14 }, (_, i) => `Klinik ${String(14 - i).padStart(2, "0")}${i === 0 ? " Netværk" : ""}`));
    const hits = await searchProviders(testDb(), { personId, query: "kli", limit: 50 });
    expect(names(hits)).toEqual(Array.from({ length: 10 }, (_, i) => `Klinik ${String(i + 1).padStart(2, "0")}`));
    expect(hits[0]).toEqual({ id: expect.any(String), name: "Klinik 01", speciality: "Almen praksis", city: "København", inNetwork: false });
  });

  it("can be served by the expression index from the provider_name_prefix_index migration", async () => {
    // On a realistic table (the demo insurer's 2,400 providers, analysed): on a one-row table the
    // planner is indifferent between the indexes that start with insurerId.
    const { insurerId } = await insuredPersonWithProviders(["Klinik Syd"]);
    await testDb().provider.createMany({ data: demoProviders(insurerId) });
    await testDb().$executeRaw`ANALYZE "Provider"`;
    const plan = await testDb().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT id FROM "Provider" WHERE "insurerId" = ${insurerId}::uuid AND lower(name) LIKE ${prefixPattern("kl")} ESCAPE '\\' ORDER BY lower(name)`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Provider_insurerId_lower_name_idx");
  });
});
