import "server-only";
import { revalidatePath } from "next/cache";

/** After a handler's action: the review page and the queue show it at once. */
export function refreshHandlerViews(claimId: string): void {
  revalidatePath(`/handler/claims/${claimId}`);
  revalidatePath("/handler");
}
