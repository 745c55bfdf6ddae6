import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../testing/db";
import { seedDemo } from "./demo";

beforeAll(async () => {
  await seedDemo(testDb());
});

describe("the demo's pre-authorisation requests (issue 11)", () => {
  it("holds a request in each state, an approved guarantee with its letter and a settled invoice, and a late emergency notice", async () => {
    const rows = await testDb().authorisation.findMany({ include: { invoices: true, events: true } });
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of ["DRAFT", "SUBMITTED", "IN_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "PARTLY_APPROVED", "REJECTED"] as const) expect(statuses).toContain(status);
    const guarantee = rows.find((r) => r.kind === "GUARANTEE_OF_PAYMENT" && r.status === "APPROVED" && r.invoices.length > 0)!;
    expect(guarantee.letterDocumentId).not.toBeNull();
    expect(guarantee.invoices[0]).toMatchObject({ amountMinor: 1_725_000, status: "TOP_UP_REQUESTED" });
    const emergency = rows.find((r) => r.emergency)!;
    expect(emergency.events.find((e) => e.kind === "EMERGENCY_NOTIFIED")?.data).toMatchObject({ late: true });
    expect(rows.find((r) => r.status === "PARTLY_APPROVED")).toMatchObject({ sessionsApproved: 10, refusalRuleId: "PA-5" });
  });
});
