import "server-only";
import type { Db } from "../db/client";
import type { Plan } from "../rules";

/**
 * Which individual plan a leaver continues on (GRP-4). The group plan itself cannot be held alone:
 * it is `kind: "group"` (staff are enrolled by an employer, GRP-1). So the continuation is the
 * insurer's individual plan from the same underwriter as the group plan (the plan data's `insurer`,
 * e.g. Dansk Sundhedssikring's group navigation → its private health insurance), newest version.
 */
export async function individualPlanFor(db: Pick<Db, "$queryRaw">, insurerId: string, groupPlan: Plan): Promise<{ id: string; currency: string; nameDa: string; nameEn: string; schedule: unknown } | null> {
  const [row] = await db.$queryRaw<{ id: string; currency: string; nameDa: string; nameEn: string; schedule: unknown }[]>`
    SELECT id, currency, "nameDa", "nameEn", schedule FROM "Plan"
    WHERE "insurerId" = ${insurerId}::uuid AND schedule->>'kind' = 'individual' AND schedule->>'insurer' = ${groupPlan.insurer}
    ORDER BY "validFrom" DESC, version DESC LIMIT 1`;
  return row ?? null;
}
