import type { Locale } from "../i18n/config";

export type Role = "MEMBER" | "EMPLOYER_ADMIN" | "CLAIMS_HANDLER";

/** The signed-in user as pages and actions see it: a plain object, safe to pass to client components. */
export interface CurrentUser {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
  person: { id: string; firstName: string; lastName: string; memberNumber: string } | null;
  /** The member's main active policy number, if any. */
  policyNumber: string | null;
  /** An employer admin's employer and their right on it (issue 12 point 8; absent or null: none). */
  employer: { id: string; name: string; cvr: string; right?: "VIEW" | "MANAGE" | null } | null;
  /** A claims handler's insurer, read with the session (absent where a user is built by hand). */
  insurerId?: string | null;
}

/** Each role's own area. */
export const ROLE_HOME: Record<Role, string> = {
  MEMBER: "/member",
  EMPLOYER_ADMIN: "/employer",
  CLAIMS_HANDLER: "/handler",
};
