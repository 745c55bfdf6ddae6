import { z } from "zod";

/** The accept form and its action: only the offer (the record is loaded and authorised on the server). */
export const acceptContinuationSchema = z.object({ offerId: z.uuid("continuation.errors.notFound") });
export type AcceptContinuationInput = z.output<typeof acceptContinuationSchema>;
