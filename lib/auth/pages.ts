import "server-only";
import { db } from "../db/client";
import { findValidResetToken } from "./accounts";

/** The public account pages, loaded (the page awaits one and renders). */

/** Longer than any token we issue: not looked up. */
const MAX_TOKEN_LENGTH = 200;

/** /reset-password/[token]: whether the link is still good (unused, unexpired, enabled account). */
export async function loadResetPasswordPage(params: Promise<{ token: string }>): Promise<{ token: string; valid: boolean }> {
  const { token } = await params;
  const valid = token.length <= MAX_TOKEN_LENGTH ? await findValidResetToken(db(), token) : null;
  return { token, valid: valid !== null };
}
