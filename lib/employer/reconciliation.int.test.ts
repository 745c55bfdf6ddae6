import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../auth/current-user.types";
import { testDb } from "../testing/db";
import { seededAdmins, TODAY } from "./employer-testing";
import { loadReconciliation, reconciliationCsv } from "./reconciliation";
import { loadSchemeOf } from "./scheme";

// GRP-5 on real PostgreSQL: Fjordværk pays for 25 employees all year; 21 are insured from January
// and 4 from April, so January–March are 4 short each month (credited at 15,800 øre a month each).

let hanne: CurrentUser;
beforeAll(async () => {
  ({ hanne } = await seededAdmins());
});

describe("annual reconciliation (GRP-5)", () => {
  it("counts insured employees per month against those paid for and prices the difference", async () => {
    const ctx = (await loadSchemeOf(testDb(), hanne, "employer.view", TODAY))!;
    const r = await loadReconciliation(testDb(), ctx);
    expect(r.months).toHaveLength(12);
    expect(r.months.slice(0, 4).map((m) => [m.month, m.insured, m.paidFor, m.difference, m.amountMinor])).toEqual([
      ["2026-01", 21, 25, -4, -63_200],
      ["2026-02", 21, 25, -4, -63_200],
      ["2026-03", 21, 25, -4, -63_200],
      ["2026-04", 25, 25, 0, 0],
    ]);
    expect(r.totals).toEqual({ insured: 288, paidFor: 300, difference: -12, amountMinor: -189_600 });
    const csv = reconciliationCsv(r);
    expect(csv.startsWith("\uFEFFmåned;forsikrede;betalt for;forskel;beløb (kr.)\r\n2026-01;21;25;-4;-632,00\r\n")).toBe(true);
    expect(csv.trimEnd().split("\r\n").at(-1)).toBe("i alt;288;300;-12;-1896,00");
  });

  it("counts a leaver in the month cover ends and not after (ELG-4)", async () => {
    const ctx = (await loadSchemeOf(testDb(), hanne, "employer.view", TODAY))!;
    const one = await testDb().enrolment.findFirstOrThrow({ where: { policyId: ctx.policy.id, employeeNumber: "F0002" } });
    await testDb().enrolment.update({ where: { id: one.id }, data: { endDate: new Date("2026-10-31T00:00:00Z") } });
    const r = await loadReconciliation(testDb(), ctx);
    expect(r.months.find((m) => m.month === "2026-10")?.insured).toBe(25);
    expect(r.months.find((m) => m.month === "2026-11")?.insured).toBe(24);
  });
});
