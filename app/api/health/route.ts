import { databaseReachable } from "@/lib/db/health";

export const dynamic = "force-dynamic";

/** Liveness plus a database round trip: `npm start` waits for this before printing the logins. */
export async function GET() {
  return (await databaseReachable()) ? Response.json({ ok: true }) : Response.json({ ok: false }, { status: 503 });
}
