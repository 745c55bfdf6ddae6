import "server-only";
import type { Prisma } from "./generated/client";

type Tx = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * Next number in a yearly series, e.g. nextNumber(tx, "C", 2026) → "C-2026-000042".
 * One atomic upsert: concurrent transactions queue on the row, so numbers are unique and, as
 * long as the surrounding transaction commits, gap-free.
 */
export async function nextNumber(tx: Tx, prefix: string, year: number): Promise<string> {
  const name = `${prefix}-${year}`;
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSeries" (name, value) VALUES (${name}, 1)
    ON CONFLICT (name) DO UPDATE SET value = "NumberSeries".value + 1
    RETURNING value`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error(`Number series ${name} returned nothing`);
  return `${name}-${String(value).padStart(6, "0")}`;
}
