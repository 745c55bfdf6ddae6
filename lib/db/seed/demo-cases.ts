import type { ClaimStatus, Prisma } from "../generated/client";
import { nextNumber } from "../number-series";
import { dateColumn } from "../date-column";

type Tx = Prisma.TransactionClient;
interface Row { id: string }

const at = (iso: string) => new Date(iso);

interface DemoLine {
  date: string;
  category: string;
  provider: string;
  amountMinor: number;
  outcome?: "APPROVED" | "PARTLY_APPROVED" | "REJECTED";
  payableMinor?: number;
}

/** An information request as the handler's requestInformation writes it: task, event, assignment. */
async function requestedInformation(
  tx: Tx,
  input: { claimId: string; memberUserId: string; handlerUserId: string; at: string; ruleId: string; text: string },
): Promise<void> {
  const task = await tx.memberTask.create({
    data: { userId: input.memberUserId, claimId: input.claimId, kind: "CLAIM_INFORMATION", text: input.text, createdAt: at(input.at) },
  });
  await tx.claimEvent.create({
    data: { claimId: input.claimId, kind: "INFORMATION_REQUESTED", actorUserId: input.handlerUserId, createdAt: at(input.at), data: { reason: input.text, ruleId: input.ruleId, taskId: task.id } },
  });
  await tx.claim.update({ where: { id: input.claimId }, data: { assignedHandlerId: input.handlerUserId } });
}

/**
 * Claims and guarantee requests in each state a member or handler meets: draft, received,
 * in review, information requested, decided and paid. Amounts are øre.
 */
export async function seedDemoCases(
  tx: Tx,
  refs: { family: Row; mette: Row; lars: Row; emma: Row; oscar: Row; metteUser: Row; larsUser: Row; handler: Row },
): Promise<{ id: string; decidedAt: string; paidAt?: string }[]> {
  const claim = async (input: {
    person: Row;
    by: Row;
    status: ClaimStatus;
    submittedAt?: string;
    diagnosis: string;
    lines: DemoLine[];
    events: { kind: Prisma.ClaimEventCreateManyInput["kind"]; at: string; actor?: Row; data?: Prisma.InputJsonValue }[];
  }) => {
    const claimed = input.lines.reduce((sum, line) => sum + line.amountMinor, 0);
    const decided = input.status === "DECIDED" || input.status === "PAID";
    const payable = decided ? input.lines.reduce((sum, line) => sum + (line.payableMinor ?? 0), 0) : null;
    const submittedAt = input.submittedAt ? at(input.submittedAt) : null;
    const row = await tx.claim.create({
      data: {
        // Drafts are numbered in their own series; a claim gets its C number when submitted.
        number: await nextNumber(tx, input.status === "DRAFT" ? "D" : "C", 2026),
        policyId: refs.family.id,
        personId: input.person.id,
        submittedById: input.by.id,
        status: input.status,
        currency: "DKK",
        diagnosis: input.diagnosis,
        claimedTotalMinor: claimed,
        payableTotalMinor: payable,
        submittedAt,
        dueAt: submittedAt ? new Date(submittedAt.getTime() + 7 * 86_400_000) : null,
        decidedAt: decided ? at(input.events.find((e) => e.kind === "DECIDED")?.at ?? input.submittedAt ?? "2026-10-01T12:00:00Z") : null,
        lines: {
          create: input.lines.map((line, index) => ({
            lineNo: index + 1,
            treatmentDate: dateColumn(line.date),
            category: line.category,
            providerName: line.provider,
            country: "DK",
            amountMinor: line.amountMinor,
            currency: "DKK",
            receiptPresent: true,
            referralPresent: true,
            outcome: decided ? line.outcome : null,
            payableMinor: decided ? (line.payableMinor ?? 0) : null,
            memberShareMinor: decided ? line.amountMinor - (line.payableMinor ?? 0) : null,
          })),
        },
      },
    });
    await tx.claimEvent.createMany({
      data: input.events.map((event) => ({ claimId: row.id, kind: event.kind, createdAt: at(event.at), actorUserId: event.actor?.id ?? null, data: event.data })),
    });
    return row;
  };

  // Decided by the real adjudication after the seed commits (settleSeededClaims), so they carry
  // engine steps and settlement notes like any other decided claim, and the year's deductible is used.
  const toSettle: { id: string; decidedAt: string; paidAt?: string }[] = [];
  const specialist = await claim({
    person: refs.mette,
    by: refs.metteUser,
    status: "SUBMITTED",
    submittedAt: "2026-08-12T07:30:00Z",
    diagnosis: "Lændesmerter",
    lines: [{ date: "2026-08-05", category: "specialist_consultation", provider: "Ortopædkirurgisk Klinik København", amountMinor: 240_000 }],
    events: [{ kind: "RECEIVED", at: "2026-08-12T07:30:00Z", actor: refs.metteUser }],
  });
  toSettle.push({ id: specialist.id, decidedAt: "2026-08-12T07:30:04Z", paidAt: "2026-08-19T06:00:00Z" });
  const physio = await claim({
    person: refs.mette,
    by: refs.metteUser,
    status: "SUBMITTED",
    submittedAt: "2026-09-02T08:15:00Z",
    diagnosis: "Lændesmerter",
    lines: [
      { date: "2026-08-20", category: "physiotherapy", provider: "Fysioterapi København", amountMinor: 52_000 },
      { date: "2026-08-27", category: "physiotherapy", provider: "Fysioterapi København", amountMinor: 52_000 },
    ],
    events: [{ kind: "RECEIVED", at: "2026-09-02T08:15:00Z", actor: refs.metteUser }],
  });
  toSettle.push({ id: physio.id, decidedAt: "2026-09-02T08:15:05Z" });
  await claim({
    person: refs.emma,
    by: refs.metteUser,
    status: "IN_REVIEW",
    submittedAt: "2026-11-17T19:40:00Z",
    diagnosis: "Mellemørebetændelse",
    lines: [{ date: "2026-11-12", category: "specialist_consultation", provider: "Øre-Næse-Hals Klinikken Roskilde", amountMinor: 145_000 }],
    events: [
      { kind: "RECEIVED", at: "2026-11-17T19:40:00Z", actor: refs.metteUser },
      { kind: "IN_REVIEW", at: "2026-11-18T09:02:00Z", actor: refs.handler },
    ],
  });
  await claim({
    person: refs.oscar,
    by: refs.metteUser,
    status: "IN_REVIEW",
    submittedAt: "2026-11-19T16:05:00Z",
    diagnosis: "Forstuvet ankel",
    lines: [{ date: "2026-11-14", category: "physiotherapy", provider: "Fysioterapi Roskilde", amountMinor: 48_000 }],
    events: [
      { kind: "RECEIVED", at: "2026-11-19T16:05:00Z", actor: refs.metteUser },
      { kind: "IN_REVIEW", at: "2026-11-20T08:45:00Z", actor: refs.handler },
    ],
  });
  const larsKnee = await claim({
    person: refs.lars,
    by: refs.larsUser,
    status: "INFORMATION_REQUESTED",
    submittedAt: "2026-11-10T12:00:00Z",
    diagnosis: "Knæskade",
    lines: [{ date: "2026-11-03", category: "specialist_consultation", provider: "Ortopædkirurgisk Klinik Aarhus", amountMinor: 210_000 }],
    events: [{ kind: "RECEIVED", at: "2026-11-10T12:00:00Z", actor: refs.larsUser }],
  });
  // As requestInformation leaves it: the member's open task with the handler's text, the event
  // naming it, the claim assigned to the handler (issue 14 point 6: a request the member can answer).
  await requestedInformation(tx, {
    claimId: larsKnee.id,
    memberUserId: refs.larsUser.id,
    handlerUserId: refs.handler.id,
    at: "2026-11-11T10:30:00Z",
    ruleId: "CLM-4",
    text: "Send os venligst henvisningen fra din læge til ortopædkirurgen (CLM-4). Et billede af den er nok.",
  });
  await claim({
    person: refs.mette,
    by: refs.metteUser,
    status: "DRAFT",
    diagnosis: "Kontrol",
    lines: [{ date: "2026-11-18", category: "gp_consultation", provider: "Lægehuset Frederiksberg", amountMinor: 60_000 }],
    events: [{ kind: "DRAFT_SAVED", at: "2026-11-18T20:00:00Z", actor: refs.metteUser }],
  });

  await tx.authorisation.create({
    data: {
      reference: await nextNumber(tx, "GOP", 2026),
      kind: "GUARANTEE_OF_PAYMENT",
      policyId: refs.family.id,
      personId: refs.mette.id,
      requestedById: refs.metteUser.id,
      status: "APPROVED",
      category: "day_patient_treatment",
      setting: "DAY_PATIENT",
      diagnosis: "Menisklæsion, højre knæ",
      plannedTreatment: "Artroskopi",
      providerName: "Privathospitalet Ortopædi Aarhus",
      plannedDate: dateColumn("2026-12-08"),
      estimatedCostMinor: 2_800_000,
      currency: "DKK",
      approvedAmountMinor: 2_800_000,
      validFrom: dateColumn("2026-11-15"),
      validTo: dateColumn("2027-02-15"),
      submittedAt: at("2026-11-14T09:00:00Z"),
      respondedAt: at("2026-11-15T13:20:00Z"),
    },
  });
  await tx.authorisation.create({
    data: {
      reference: await nextNumber(tx, "PA", 2026),
      kind: "PRE_AUTHORISATION",
      policyId: refs.family.id,
      personId: refs.lars.id,
      requestedById: refs.larsUser.id,
      status: "SUBMITTED",
      category: "physiotherapy",
      diagnosis: "Knæskade",
      plannedTreatment: "Genoptræning, 12 behandlinger",
      providerName: "Fysioterapi Aarhus",
      plannedDate: dateColumn("2026-12-01"),
      estimatedCostMinor: 624_000,
      currency: "DKK",
      sessionsApproved: null,
      submittedAt: at("2026-11-20T15:00:00Z"),
      dueAt: at("2026-11-22T15:00:00Z"),
    },
  });
  return toSettle;
}
