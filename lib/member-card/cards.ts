import "server-only";
import QRCode from "qrcode";
import { loadActor } from "../access/actor";
import type { CurrentUser } from "../auth/current-user.types";
import type { Db } from "../db/client";
import { env } from "../env";
import { copenhagenDay } from "../i18n/format";
import { cardToken, initialsOf, personOfCardToken } from "./token";
import { isoDay } from "../db/date-column";

/**
 * The digital membership card (ACC-2): per person the member may show — themself and the
 * children whose data they see (an adult shows their own card) — name, member and policy
 * number, insurer, validity, and a QR code of the public verification URL. One statement for all
 * the cards; the verification page runs the same statement for the one person its token names.
 */

export interface MemberCard {
  personId: string;
  name: string;
  memberNumber: string;
  policyNumber: string;
  insurer: string;
  planName: { da: string; en: string };
  validFrom: string;
  /** Last day of cover, if it ends. */
  validTo: string | null;
  /** Covered today (ELG-1). */
  valid: boolean;
  verifyUrl: string;
}

interface CardRow {
  personId: string;
  firstName: string;
  lastName: string;
  memberNumber: string;
  number: string;
  insurer: string;
  planDa: string;
  planEn: string;
  start: Date;
  end: Date | null;
  valid: boolean;
}

function secret(): string {
  const value = env().AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is needed to sign membership cards");
  return value;
}

/** Each person's enrolment covering today on an active policy, else their latest one. */
async function cardRows(db: Db, personIds: string[], today: string): Promise<CardRow[]> {
  return db.$queryRaw<CardRow[]>`
    SELECT DISTINCT ON (e."personId") e."personId", p."firstName", p."lastName", p."memberNumber", pol.number, i.name AS insurer,
           pl."nameDa" AS "planDa", pl."nameEn" AS "planEn", e."startDate" AS start,
           LEAST(e."endDate", pol."endDate") AS "end",
           (pol.status = 'ACTIVE' AND e."startDate" <= ${today}::date AND (e."endDate" IS NULL OR e."endDate" >= ${today}::date)
             AND (pol."endDate" IS NULL OR pol."endDate" >= ${today}::date)) AS valid
    FROM "Enrolment" e
    JOIN "Person" p ON p.id = e."personId"
    JOIN "Policy" pol ON pol.id = e."policyId"
    JOIN "Insurer" i ON i.id = pol."insurerId"
    JOIN "Plan" pl ON pl.id = pol."planId"
    WHERE e."personId" = ANY(${personIds}::uuid[])
    ORDER BY e."personId", valid DESC, e."startDate" DESC`;
}

export function verifyUrlOf(personId: string): string {
  return `${env().APP_URL}/card/${cardToken(secret(), personId)}`;
}

export async function loadCards(db: Db, user: CurrentUser, now = new Date()): Promise<MemberCard[]> {
  const actor = await loadActor(db, user, now);
  const holders = actor.healthDataSubjects.filter((s) => s.relation === "self" || s.relation === "child");
  if (holders.length === 0) return [];
  const rows = new Map((await cardRows(db, holders.map((h) => h.personId), copenhagenDay(now))).map((row) => [row.personId, row]));
  return holders.flatMap((holder) => {
    const row = rows.get(holder.personId);
    if (!row) return [];
    return [{
      personId: row.personId,
      name: `${row.firstName} ${row.lastName}`,
      memberNumber: row.memberNumber,
      policyNumber: row.number,
      insurer: row.insurer,
      planName: { da: row.planDa, en: row.planEn },
      validFrom: isoDay(row.start),
      validTo: row.end ? isoDay(row.end) : null,
      valid: row.valid,
      verifyUrl: verifyUrlOf(row.personId),
    }];
  });
}

/** The card's QR code as SVG markup (error correction M), for the page. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 0 });
}

/** The public check: null for a token that is not ours; else valid today or not, and the initials. */
export async function verifyCard(db: Db, token: string, now = new Date()): Promise<{ valid: boolean; initials: string } | null> {
  const personId = personOfCardToken(secret(), token);
  if (!personId) return null;
  const [row] = await cardRows(db, [personId], copenhagenDay(now));
  if (!row) return { valid: false, initials: "" };
  return { valid: row.valid, initials: initialsOf(row.firstName, row.lastName) };
}
