import { reconciliationCsvResponse } from "@/lib/employer/routes";

/** The annual reconciliation (GRP-5) as CSV; access in lib/employer/routes.ts. */
export function GET(request: Request) {
  return reconciliationCsvResponse(request);
}
