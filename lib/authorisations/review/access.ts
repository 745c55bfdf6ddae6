import "server-only";
import { loadActor, type ActorSource } from "../../access/actor";
import { can } from "../../access/can";
import type { Db } from "../../db/client";
import { Refusal } from "../../server/refusal";
import { authorisationError as E } from "../request-schema";

/** The request as loaded, if the handler may work on it ("authorisation.review" / "authorisation.decide"); else a refusal. */
export async function requestForHandler(db: Db, user: ActorSource, authorisationId: string, action: "authorisation.review" | "authorisation.decide") {
  const [actor, row] = await Promise.all([
    loadActor(db, user),
    db.authorisation.findUnique({ where: { id: authorisationId }, select: { id: true, reference: true, status: true, personId: true, category: true, requestedById: true, topUpOfId: true, policy: { select: { insurerId: true, planId: true } } } }),
  ]);
  if (!row || !can(actor, action, { insurerId: row.policy.insurerId, status: row.status })) throw new Refusal(E("notFound"));
  return row;
}
