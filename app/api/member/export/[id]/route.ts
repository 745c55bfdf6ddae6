import { exportDownloadResponse } from "@/lib/export/routes";

export const dynamic = "force-dynamic";

/** A member's data export (ZIP), for the member who asked for it (else 404). Logic: lib/export/routes.ts. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return exportDownloadResponse(request, params);
}
