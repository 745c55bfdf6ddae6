import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness plus a database round trip: `npm start` waits for this before printing the logins. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ ok: true });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
