import { deleteDocumentResponse, downloadDocumentResponse } from "@/lib/documents/routes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

/** Download (`?inline=1`: view in the handler console); 404 for anyone without access, sign-in when signed out. Logic: lib/documents/routes.ts, download.ts. */
export async function GET(request: Request, { params }: Context) {
  return downloadDocumentResponse(request, params);
}

/** The uploader's "remove" (unattached, or on their own draft). 204, or 4xx `{ error: { messageKey } }`. Logic: lib/documents/delete.ts. */
export async function DELETE(request: Request, { params }: Context) {
  return deleteDocumentResponse(request, params);
}
