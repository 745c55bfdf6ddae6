import { reconciliationPdfResponse } from "@/lib/employer/routes";

/** The annual reconciliation (GRP-5) as PDF; access in lib/employer/routes.ts. */
export function GET(request: Request) {
  return reconciliationPdfResponse(request);
}
