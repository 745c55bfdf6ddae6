import { describe, expect, it } from "vitest";
import { examplePlans } from "../plans/index";
import { checkFamilyChange, familyChangeSchema, type FamilyChange } from "./familyChange";
import { checkGroupEnrolmentChange, groupEnrolmentChangeSchema } from "./groupChange";

const ihi = examplePlans["ihi-bupa-top-up"]!;
const group = examplePlans["dss-group-navigation"]!;
const family = (plan: typeof ihi, change: FamilyChange["change"] | Record<string, unknown>, members: unknown[] = [], extra: Record<string, unknown> = {}) =>
  checkFamilyChange(familyChangeSchema.parse({ plan, today: "2025-03-10", policy: { startDate: "2024-01-01" }, currentMembers: members, change, ...extra }));

describe("family changes (FAM)", () => {
  it("FAM-1 allows one spouse and refuses a second", () => {
    expect(family(ihi, { kind: "add", role: "spouse", effectiveDate: "2025-04-01", birthDate: "1990-01-01" }).allowed).toBe(true);
    const second = family(ihi, { kind: "add", role: "spouse", effectiveDate: "2025-04-01" }, [{ id: "s", role: "spouse" }]);
    expect(second.allowed).toBe(false);
    expect(second.ruleIds).toContain("FAM-1");
  });
  it("FAM-1 individual plan children must live at home; group plan covers them wherever they live", () => {
    expect(family(ihi, { kind: "add", role: "child", effectiveDate: "2025-04-01", livesAtHome: false }).allowed).toBe(false);
    expect(family(group, { kind: "add", role: "child", effectiveDate: "2025-04-01", livesAtHome: false }).allowed).toBe(true);
  });
  it("FAM-2 a child under 16 is free until the 16th birthday; a 17-year-old pays", () => {
    const young = family(ihi, { kind: "add", role: "child", birthDate: "2015-06-10", effectiveDate: "2025-04-01" });
    expect(young.premiumFreeUntil).toBe("2031-06-10");
    expect(young.ruleIds).toContain("FAM-2");
    const old = family(ihi, { kind: "add", role: "child", birthDate: "2008-01-10", effectiveDate: "2025-04-01" });
    expect(old.premiumFreeUntil).toBeUndefined();
  });
  it("FAM-3 a newborn is covered from birth without a health declaration after 12 months in force", () => {
    const ok = family(ihi, { kind: "add", role: "newborn", birthDate: "2025-02-01", birthRegisteredOn: "2025-03-01", effectiveDate: "2025-03-01" });
    expect(ok.allowed).toBe(true);
    expect(ok.effectiveDate).toBe("2025-02-01");
    expect(ok.healthDeclarationRequired).toBe(false);
  });
  it("FAM-3 refuses without a health declaration when registered late or too early in the policy", () => {
    const late = family(ihi, { kind: "add", role: "newborn", birthDate: "2024-10-01", birthRegisteredOn: "2025-03-01", effectiveDate: "2025-03-01" });
    expect(late.allowed).toBe(false);
    expect(late.healthDeclarationRequired).toBe(true);
    const early = family(ihi, { kind: "add", role: "newborn", birthDate: "2024-10-01", effectiveDate: "2024-10-15", healthDeclarationProvided: true });
    expect(early.allowed).toBe(true);
    expect(early.healthDeclarationRequired).toBe(true);
    expect(family(ihi, { kind: "add", role: "newborn", effectiveDate: "2025-03-01" }).allowed).toBe(false);
  });
  it("FAM-4 parents on the group plan: at most 4; not sold on the individual plan", () => {
    const three = [1, 2, 3].map((i) => ({ id: `p${i}`, role: "parent" }));
    expect(family(group, { kind: "add", role: "parent", effectiveDate: "2025-04-01" }, three).allowed).toBe(true);
    const four = [...three, { id: "p4", role: "parent" }];
    expect(family(group, { kind: "add", role: "parent", effectiveDate: "2025-04-01" }, four).ruleIds).toContain("FAM-4");
    expect(family(group, { kind: "add", role: "parent", effectiveDate: "2025-04-01" }, four).allowed).toBe(false);
    expect(family(ihi, { kind: "add", role: "parent", effectiveDate: "2025-04-01" }).allowed).toBe(false);
  });
  it("FAM-5 entry until 80; from 60 only by special agreement", () => {
    expect(family(ihi, { kind: "add", role: "main", birthDate: "1970-01-01", effectiveDate: "2025-04-01" }).allowed).toBe(true);
    expect(family(ihi, { kind: "add", role: "main", birthDate: "1960-01-01", effectiveDate: "2025-04-01" }).allowed).toBe(false);
    expect(family(ihi, { kind: "add", role: "main", birthDate: "1960-01-01", effectiveDate: "2025-04-01", specialAgreement: true }).allowed).toBe(true);
    expect(family(ihi, { kind: "add", role: "main", birthDate: "1940-01-01", effectiveDate: "2025-04-01", specialAgreement: true }).allowed).toBe(false);
  });
  it("ELG-1 refuses a start outside the policy and ELG-2 lists waiting periods", () => {
    expect(family(ihi, { kind: "add", role: "spouse", effectiveDate: "2023-04-01" }).ruleIds).toContain("ELG-1");
    const ok = family(ihi, { kind: "add", role: "spouse", effectiveDate: "2025-04-01" });
    expect(ok.waitingPeriods).toEqual([
      { kind: "general", endsOn: "2025-04-29" },
      { kind: "pregnancy", endsOn: "2026-04-01" },
      { kind: "orthodontics", endsOn: "2027-04-01" },
    ]);
    expect(family(ihi, { kind: "add", role: "spouse", effectiveDate: "2025-04-01", transferFromComparableInsurer: true }).waitingPeriods).toEqual([]);
  });
  it("FAM-6 co-insured keep cover to the end of the paid period on the group plan; a plain removal ends at once", () => {
    const members = [{ id: "kid", role: "child" }];
    const kept = family(group, { kind: "remove", memberId: "kid", effectiveDate: "2025-03-31", because: "main_insured_left", paidUntil: "2025-06-30" }, members);
    expect(kept.coverEndsOn).toBe("2025-06-30");
    expect(kept.ruleIds).toContain("FAM-6");
    const plain = family(ihi, { kind: "remove", memberId: "kid", effectiveDate: "2025-03-31", because: "main_insured_left" }, members);
    expect(plain.coverEndsOn).toBe("2025-03-31");
    expect(family(ihi, { kind: "remove", memberId: "nobody", effectiveDate: "2025-03-31" }).allowed).toBe(false);
  });
});

const groupChange = (change: Record<string, unknown>, today = "2026-05-15") =>
  checkGroupEnrolmentChange(groupEnrolmentChangeSchema.parse({ plan: group, today, policy: { startDate: "2026-01-01", employerCvr: "12345678" }, change }));

describe("group enrolment (GRP, ELG-4)", () => {
  it("GRP-2 allows joining up to 3 months back within the policy year and refuses earlier dates", () => {
    const ok = groupChange({ kind: "join", employeeId: "e1", date: "2026-02-16" });
    expect(ok.allowed).toBe(true);
    expect(ok.waitingPeriods).toEqual([{ kind: "pre_existing", endsOn: "2026-08-16" }]);
    const tooOld = groupChange({ kind: "join", employeeId: "e1", date: "2026-02-14" });
    expect(tooOld.allowed).toBe(false);
    expect(tooOld.ruleIds).toEqual(["GRP-2"]);
    expect(groupChange({ kind: "join", employeeId: "e1", date: "2027-01-01" }).allowed).toBe(false);
    expect(groupChange({ kind: "join", employeeId: "e1", date: "2026-01-10" }, "2026-02-01").allowed).toBe(true);
    expect(groupChange({ kind: "join", employeeId: "e1", date: "2025-12-20" }, "2026-02-01").allowed).toBe(false);
  });
  it("ELG-4 cover ends at the end of the month; at once when the agreement ends; GRP-2 retroactive liability", () => {
    const leave = groupChange({ kind: "leave", employeeId: "e1", date: "2026-04-10", reason: "employment_ended" });
    expect(leave.coverEndsOn).toBe("2026-04-30");
    expect(leave.ruleIds).toEqual(expect.arrayContaining(["ELG-4", "GRP-2", "FAM-6", "GRP-4"]));
    expect(groupChange({ kind: "leave", employeeId: "e1", date: "2026-06-10", reason: "agreement_ended" }).coverEndsOn).toBe("2026-06-10");
  });
  it("GRP-4 continuation: no waiting if asked in time, 6 months for pre-existing if later", () => {
    expect(groupChange({ kind: "leave", employeeId: "e1", date: "2026-05-10", reason: "left_scheme", continuationRequestedOn: "2026-05-20" }).waitingPeriods).toEqual([]);
    expect(groupChange({ kind: "leave", employeeId: "e1", date: "2026-05-10", reason: "left_scheme", continuationRequestedOn: "2026-06-15" }).waitingPeriods)
      .toEqual([{ kind: "pre_existing", endsOn: "2026-12-15" }]);
    expect(groupChange({ kind: "leave", employeeId: "e1", date: "2026-05-10", reason: "died" }).ruleIds).not.toContain("GRP-4");
  });
  it("GRP-1 refuses employer changes on an individual plan", () => {
    const result = checkGroupEnrolmentChange(groupEnrolmentChangeSchema.parse({ plan: examplePlans["ihi-bupa-top-up"], today: "2025-03-10", policy: { startDate: "2024-01-01", employerCvr: "12345678" }, change: { kind: "join", employeeId: "e", date: "2025-03-01" } }));
    expect(result.allowed).toBe(false);
    expect(result.ruleIds).toEqual(["GRP-1"]);
  });
});
